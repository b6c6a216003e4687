<#assign i = influencer>${i.name} (@${i.handle} on ${i.platform})<#if i.archived> [archived]</#if>
Tier: ${i.tier} · ${i.followers?string(",##0")} followers<#if i.er?has_content> · ER ${i.er}</#if>
<#if i.likes?has_content || i.comments?has_content>Avg likes ${i.likes!"-"} · avg comments ${i.comments!"-"}
</#if>Status: ${i.status}<#if i.owner?has_content> · owner: ${i.owner}</#if><#if i.score?has_content> · score ${i.score}/10</#if>
<#if i.tags?has_content>Tags: <#list i.tags as t>${t}<#sep>, </#list>
</#if><#if i.formats?has_content>Formats: <#list i.formats as t>${t}<#sep>, </#list>
</#if><#if i.age?has_content || i.gender?has_content || i.region?has_content>Audience: ${i.age} ${i.gender} ${i.region}
</#if><#if i.phone?has_content>Phone: ${i.phone}
</#if><#if i.wechat?has_content>WeChat: ${i.wechat}
</#if><#if i.wecom?has_content || i.openid?has_content || i.sim?has_content>Linked: <#if i.wecom?has_content>WeCom </#if><#if i.openid?has_content>Official Account </#if><#if i.sim?has_content>simulator (${i.sim})</#if>
</#if><#if i.contract?has_content>Contract ends: ${i.contract}
</#if><#if reliability?has_content>On-time deliveries: ${reliability}
</#if><#if notes?has_content>Notes (${noteCount} in all, last ${notes?size}):
<#list notes as n>· ${n.at} ${n.by}: ${n.text}
</#list></#if>Id ${i.id} · added ${i.created}
