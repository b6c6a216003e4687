<#list names as n>@${n} </#list>
<#if text?has_content>${text}<#else>Welcome to "${group}"!</#if><#if rules?has_content>
Rules: ${rules}</#if>
