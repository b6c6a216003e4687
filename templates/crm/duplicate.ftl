@${handle} 在 ${platform} 上已经有记录（编号 ${id}）。发送 /daren show @${handle} 查看。
