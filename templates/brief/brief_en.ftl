[Industry brief] ${weekday}, ${date}
<#if items?has_content>
<#list items as i>
${i.n}. ${i.title}
   ${i.link}
</#list>
<#else>
No new headlines today.
</#if>
<#if tip?has_content>

💡 ${tip}
</#if>
<#if notes?has_content>

📌 Today
<#list notes as n>
· ${n}
</#list>
</#if>
