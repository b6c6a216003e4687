已导出 ${rows} 位达人（${format}）：
${url}
链接 ${ttlMinutes} 分钟内有效，拿到链接的人都能下载，请勿外传。<#if truncated>
符合条件的<#if exact>共<#else>至少</#if> ${total} 位，只导出了前 ${rows} 位；可以加筛选条件分批导出。</#if><#if masked>
手机号、微信号已打码（只有运营在私聊中导出才显示完整）。</#if>
