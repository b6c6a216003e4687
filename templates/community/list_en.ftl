<#if groups?size == 0>No groups bound yet. Send /group bind in a group to bind it.<#else>${groups?size} bound groups:
<#list groups as g>${g?counter}. ${g.name} (${g.id}) · ${g.members} members<#if g.owner?has_content> · owner ${g.owner}</#if><#if g.tags?has_content> · tags <#list g.tags as t>${t}<#sep>,</#list></#if><#if !g.active> [dismissed]</#if>
</#list></#if>
