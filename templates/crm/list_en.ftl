<#if total == 0><#if filtered>No influencers match.<#else>No influencers yet. Add one with /daren add @handle platform=<platform> followers=<count>, or import a sheet.</#if><#else><#if exact>${total} influencers (page ${page}/${pages})<#else>At least ${total} influencers (page ${page}; exact number: /daren count with the same filters)</#if>
<#list influencers as i>
${i?counter + (page - 1) * pageSize}. ${i.name} @${i.handle} · ${i.platform} · ${i.tier} · ${i.followers?string(",##0")} followers<#if i.er?has_content> · ER ${i.er}</#if><#if i.score?has_content> · ${i.score}/10</#if> · ${i.status}
<#else>
Nothing on this page.
</#list><#if more>Next: ${next}</#if></#if>
