@${handle} 已经归档了。
