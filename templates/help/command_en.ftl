${usage}
${help}
<#if aliases?has_content>Also: <#list aliases as a>${a}<#sep>, </#list>
</#if>Needs role: ${needed}<#if !allowed> (you do not have it)</#if>
