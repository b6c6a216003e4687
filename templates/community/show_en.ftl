${g.name} (${g.id})<#if !g.active> [dismissed]</#if>
Owner: ${g.owner!"-"} · ${g.members} members · zone ${g.zone}
Reached through: <#list g.chats as c>${c}<#sep>, </#list>
<#if g.tags?has_content>Broadcast tags: <#list g.tags as t>${t}<#sep>,</#list>
</#if>Rules: <#if g.rules?has_content>${g.rules}<#else>(none)</#if>
Welcome: <#if g.welcomeText?has_content>${g.welcomeText}<#else>(default)</#if>
