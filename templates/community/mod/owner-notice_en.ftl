[Group moderation] In "${group}", ${member} posted a ${kindEn} ("${excerpt}"); warned in the group, strike ${strikes} recently:
${text}
