Broadcast #${id} preview: to ${count} groups (<#list names as n>${n}<#sep>, </#list><#if count gt names?size> …</#if>)
———
${text}
———
<#if unreachable gt 0>⚠ ${unreachable} groups have no route to post through (add robot=), they will be skipped.
</#if><#if optedOut gt 0>⚠ ${optedOut} opted-out influencers are members of these groups: a group post cannot be hidden from one member.
</#if>Send /broadcast confirm ${id} to send it.
