<#if guest>Hi! I am Daren, the influencer-team assistant. You can use:<#else>Commands you can use:</#if>
<#list commands as c>
${c.usage}
  ${c.help}
</#list>
Send /help <command> for details.
