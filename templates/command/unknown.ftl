没有 /${typed} 这个命令。<#if suggestions?has_content>你是不是想用：<#list suggestions as s>/${s}<#sep>、</#list>？</#if>发送 /help 查看全部命令。
