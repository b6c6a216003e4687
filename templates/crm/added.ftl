<#assign i = influencer>已添加达人 ${i.name}（@${i.handle}，${i.platformZh}）
粉丝 ${i.followers?string(",##0")} · ${i.tier}（${i.band}）· 状态：${i.statusZh}<#if i.tags?has_content>
标签：<#list i.tags as t>${t}<#sep>、</#list></#if>
编号 ${i.id}
