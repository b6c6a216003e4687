@${handle} 的状态记录：
<#list changes as c>${c.at} ${c.by}：<#if c.from?has_content>${c.fromZh} → </#if>${c.toZh}<#if c.reason?has_content>（${c.reason}）</#if>
</#list>
