<#if influencers?has_content>找到 ${influencers?size} 位：
<#list influencers as i>${i?counter}. ${i.name} @${i.handle} · ${i.platformZh} · ${i.tier} · ${i.statusZh}
</#list><#else>没有找到和「${text}」相关的达人（按账号或昵称开头查找）。</#if>
