【请移出成员】「${group}」里 ${member} 近期已违规 ${strikes} 次，最新一条（${kindZh}「${excerpt}」）：
${text}
企业微信不允许应用把外部成员移出群，请群主在群聊里手动移出（群聊 → 群成员 → 移出），或在群里再次提醒。查看记录：/group violations @${member}
