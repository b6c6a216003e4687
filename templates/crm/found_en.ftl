<#if influencers?has_content>Found ${influencers?size}:
<#list influencers as i>${i?counter}. ${i.name} @${i.handle} · ${i.platform} · ${i.tier} · ${i.status}
</#list><#else>Nothing found for "${text}" (matches a handle or the start of a name).</#if>
