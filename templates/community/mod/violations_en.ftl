Moderation log of "${group}"<#if member?has_content> for ${member}</#if><#if lines?has_content> (latest ${lines?size}):
<#list lines as l>${l.at} ${l.member} ${l.kindEn} "${l.excerpt}" strike ${l.strikes} → <#if l.action == "ASK_OWNER_TO_REMOVE">owner asked to remove<#elseif l.action == "WARN_AND_NOTIFY_OWNER">warned, owner told<#else>warned</#if>
</#list><#else>: none.
</#if>