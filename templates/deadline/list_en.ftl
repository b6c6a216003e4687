<#if deadlines?has_content>Deadlines:
<#list deadlines as d>#${d.id} @${d.handle} ${d.due} "${d.what}"
</#list><#else>No open deadlines.</#if>
