<#list names as n>@${n} </#list>
<#if text?has_content>${text}<#else>欢迎加入「${group}」！</#if><#if rules?has_content>
群规：${rules}</#if>
