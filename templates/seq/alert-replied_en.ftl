@${handle} (${name}) replied (sequence ${sequence}, <#if step?has_content>after step ${step}<#else>before any follow-up went out</#if>):
${text}
The sequence stopped; status is now negotiating.
