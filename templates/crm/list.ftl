<#if total == 0>还没有达人。用 /daren add @账号 platform=平台 followers=粉丝数 添加第一个。<#else>达人 ${total} 位（第 ${page}/${pages} 页）
<#list influencers as i>
${i?counter + (page - 1) * 10}. ${i.name} @${i.handle} · ${i.platformZh} · ${i.tier} · 粉丝 ${i.followers?string(",##0")} · ${i.statusZh}
<#else>
这一页没有内容。
</#list><#if page < pages>下一页：/daren list page=${page + 1}</#if></#if>
