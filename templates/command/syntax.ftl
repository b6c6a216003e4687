命令格式有误：${problem}。发送 /help 查看用法。
