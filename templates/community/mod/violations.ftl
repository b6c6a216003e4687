「${group}」<#if member?has_content>${member} 的</#if>违规记录<#if lines?has_content>（最近 ${lines?size} 条）：
<#list lines as l>${l.at} ${l.member} ${l.kindZh}「${l.excerpt}」第 ${l.strikes} 次 → <#if l.action == "ASK_OWNER_TO_REMOVE">已请群主移出<#elseif l.action == "WARN_AND_NOTIFY_OWNER">提醒并告知群主<#else>群内提醒</#if>
</#list><#else>：没有。
</#if>