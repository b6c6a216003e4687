广播 #${id} 预览：发往 ${count} 个群（<#list names as n>${n}<#sep>、</#list><#if count gt names?size> 等</#if>）
———
${text}
———
<#if unreachable gt 0>⚠ ${unreachable} 个群没有可发言的渠道（需 robot= 群机器人），将跳过。
</#if><#if optedOut gt 0>⚠ 这些群里有 ${optedOut} 位已退订的达人：群消息无法对个别成员隐藏。
</#if>发送 /broadcast confirm ${id}（或 /广播 确认 ${id}）确认发送。
