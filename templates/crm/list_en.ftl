<#if total == 0>No influencers yet. Add one with /daren add @handle platform=<platform> followers=<count>.<#else>${total} influencers (page ${page}/${pages})
<#list influencers as i>
${i?counter + (page - 1) * 10}. ${i.name} @${i.handle} · ${i.platform} · ${i.tier} · ${i.followers?string(",##0")} followers · ${i.status}
<#else>
Nothing on this page.
</#list><#if page < pages>Next: /daren list page=${page + 1}</#if></#if>
