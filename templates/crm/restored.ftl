已恢复 @${handle}。
