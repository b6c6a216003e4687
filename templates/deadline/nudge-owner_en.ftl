<#if nudge == "OVERDUE">⚠️ Overdue<#elseif nudge == "DAY_BEFORE">⏰ Due tomorrow<#else>⏰ Due in 3 days</#if>: @${handle} "${what}" (${due}, deadline #${id}). When delivered: /deadline done ${id}
