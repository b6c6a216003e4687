<#if reminders?has_content>Active reminders:
<#list reminders as r>#${r.id} ${r.when}<#if r.repeat?has_content> (${r.repeat})</#if> ${r.text}
</#list><#else>No active reminders. Set one: /remind tomorrow 9am send the draft</#if>
