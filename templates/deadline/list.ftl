<#if deadlines?has_content>截止事项：
<#list deadlines as d>#${d.id} @${d.handle} ${d.due}「${d.what}」
</#list><#else>没有进行中的截止事项。</#if>
