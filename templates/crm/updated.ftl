<#assign i = influencer>已更新 ${i.name}（@${i.handle}，${i.platformZh}）<#if tierChanged>
档位变化：${oldTier} → ${i.tier}（${i.band}）</#if>
粉丝 ${i.followers?string(",##0")} · ${i.tier} · ${i.statusZh}<#if i.er?has_content> · 互动率 ${i.er}</#if>
