<#assign i = influencer>${i.name} (@${i.handle} on ${i.platform})
Tier: ${i.tier} · ${i.followers?string(",##0")} followers
Status: ${i.status}<#if i.owner?has_content> · owner: ${i.owner}</#if>
<#if i.tags?has_content>Tags: <#list i.tags as t>${t}<#sep>, </#list>
</#if>Id ${i.id} · added ${i.created}
