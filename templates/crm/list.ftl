<#if total == 0><#if filtered>没有符合条件的达人。<#else>还没有达人。用 /daren add @账号 platform=平台 followers=粉丝数 添加第一个，或导入表格。</#if><#else><#if exact>达人 ${total} 位（第 ${page}/${pages} 页）<#else>达人至少 ${total} 位（第 ${page} 页；精确总数：/daren count 加同样的条件）</#if>
<#list influencers as i>
${i?counter + (page - 1) * pageSize}. ${i.name} @${i.handle} · ${i.platformZh} · ${i.tier} · 粉丝 ${i.followers?string(",##0")}<#if i.er?has_content> · 互动 ${i.er}</#if><#if i.score?has_content> · ${i.score}分</#if> · ${i.statusZh}
<#else>
这一页没有内容。
</#list><#if more>下一页：${next}</#if></#if>
