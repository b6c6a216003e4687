${usage}
${help}
<#if aliases?has_content>别名：<#list aliases as a>${a}<#sep>、</#list>
</#if>需要权限：${needed}<#if !allowed>（你目前没有此权限）</#if>
