已设截止 #${id}：@${handle}「${what}」${due}（${weekday}）。将在 ${nudges} 提醒达人和负责人<#if optedOut>（该达人已退订，只提醒负责人）</#if>。
交付后：/deadline done ${id}
