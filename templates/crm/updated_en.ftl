<#assign i = influencer>Updated ${i.name} (@${i.handle} on ${i.platform})<#if tierChanged>
Tier changed: ${oldTier} → ${i.tier}</#if>
${i.followers?string(",##0")} followers · ${i.tier} · ${i.status}<#if i.er?has_content> · ER ${i.er}</#if>
