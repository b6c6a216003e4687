【行业早报】${date} ${weekday}
<#if items?has_content>
<#list items as i>
${i.n}. ${i.title}
   ${i.link}
</#list>
<#else>
今日暂无新资讯。
</#if>
<#if tip?has_content>

💡 ${tip}
</#if>
<#if notes?has_content>

📌 今日提醒
<#list notes as n>
· ${n}
</#list>
</#if>
