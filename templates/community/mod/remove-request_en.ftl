[Please remove a member] In "${group}", ${member} has broken the rules ${strikes} times recently; the latest (${kindEn} "${excerpt}"):
${text}
WeCom does not let apps remove external members from a group: please remove them by hand in the group chat (group members → remove), or warn them again. The record: /group violations @${member}
