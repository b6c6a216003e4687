<#if groups?size == 0>还没有绑定的群。在群里发送 /group bind 绑定。<#else>已绑定 ${groups?size} 个群：
<#list groups as g>${g?counter}. ${g.name}（${g.id}）· ${g.members} 人<#if g.owner?has_content> · 负责人 ${g.owner}</#if><#if g.tags?has_content> · 标签 <#list g.tags as t>${t}<#sep>,</#list></#if><#if !g.active> [已解散]</#if>
</#list></#if>
