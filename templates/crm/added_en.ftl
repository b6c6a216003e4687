<#assign i = influencer>Added ${i.name} (@${i.handle} on ${i.platform})
${i.followers?string(",##0")} followers · ${i.tier} · status: ${i.status}<#if i.tags?has_content>
Tags: <#list i.tags as t>${t}<#sep>, </#list></#if>
Id ${i.id}
