There is no /${typed} command.<#if suggestions?has_content> Did you mean <#list suggestions as s>/${s}<#sep>, </#list>?</#if> Send /help for all commands.
