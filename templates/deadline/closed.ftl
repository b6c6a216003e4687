<#if delivered>已交付 #${id}「${what}」<#if onTime>，按时 ✅<#else>，晚于 ${due}</#if><#else>已取消截止 #${id}「${what}」</#if>，不再提醒。
