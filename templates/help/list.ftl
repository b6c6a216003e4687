<#if guest>你好！我是 Daren 达人助手。你可以使用：<#else>可用命令：</#if>
<#list commands as c>
${c.usage}
  ${c.help}
</#list>
发送 /help 命令名 查看某个命令的详细用法。
