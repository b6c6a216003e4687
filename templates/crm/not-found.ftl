没有找到达人 @${handle}。发送 /daren list 查看已有达人，或用 /daren add 添加。
