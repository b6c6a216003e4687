Status history of @${handle}:
<#list changes as c>${c.at} ${c.by}: <#if c.from?has_content>${c.from} → </#if>${c.to}<#if c.reason?has_content> (${c.reason})</#if>
</#list>
