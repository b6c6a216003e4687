<#if sources?has_content>早报资讯源（${sources?size} 个）：
<#list sources as s>${s.id} ${s.url}<#if s.topic?has_content> [${s.topic}]</#if> · ${s.items} 条<#if s.fetched?has_content> · ${s.fetched} 抓取</#if><#if s.error?has_content> · ❌ ${s.error}</#if>
</#list><#else>还没有资讯源，用 /brief source add <地址> [主题] 添加。</#if>
