<#if entries?has_content>Latest ${entries?size} audit entries (Beijing time)<#if capped>, ${max} at most</#if>:
<#list entries as e>${e.time} ${e.actor}<#if e.actorName?has_content> (${e.actorName})</#if> · ${e.command} · ${e.outcomeEn}<#if e.detail?has_content>: ${e.detail}</#if>
</#list><#else>No audit entries yet.</#if>
