<#if entries?has_content>最近 ${entries?size} 条审计记录（北京时间）<#if capped>，最多显示 ${max} 条</#if>：
<#list entries as e>${e.time} ${e.actor}<#if e.actorName?has_content>（${e.actorName}）</#if> · ${e.command} · ${e.outcomeZh}<#if e.detail?has_content>：${e.detail}</#if>
</#list><#else>还没有审计记录。</#if>
