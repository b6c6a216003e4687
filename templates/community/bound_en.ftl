<#if existed>Updated group "${g.name}" (${g.id}).<#else>Bound group "${g.name}" (${g.id}), owner ${g.owner}.</#if>
Reached through: <#list g.chats as c>${c}<#sep>, </#list><#if g.tags?has_content> · tags <#list g.tags as t>${t}<#sep>,</#list></#if>
