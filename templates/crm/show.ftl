<#assign i = influencer>${i.name}（@${i.handle}，${i.platformZh}）
档位：${i.tier}（${i.band}）· 粉丝 ${i.followers?string(",##0")}
状态：${i.statusZh}<#if i.owner?has_content> · 负责人：${i.owner}</#if>
<#if i.tags?has_content>标签：<#list i.tags as t>${t}<#sep>、</#list>
</#if>编号 ${i.id} · 添加于 ${i.created}
