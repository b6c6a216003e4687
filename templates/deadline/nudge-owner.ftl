<#if nudge == "OVERDUE">⚠️ 已逾期<#elseif nudge == "DAY_BEFORE">⏰ 明天到期<#else>⏰ 3 天后到期</#if>：@${handle}「${what}」（${due}，截止 #${id}）。交付后：/deadline done ${id}
