@${member} 请注意：本群不允许发${kindZh}（「${excerpt}」）。<#if action == "ASK_OWNER_TO_REMOVE">这是 ${strikes} 次违规，已请群主处理。<#elseif action == "WARN_AND_NOTIFY_OWNER">这是第 ${strikes} 次提醒，已告知群主。<#else>请遵守群规，谢谢配合。</#if>
