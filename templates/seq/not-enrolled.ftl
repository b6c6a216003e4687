@${handle} 目前不在任何跟进序列中。用 /seq start 序列名 @${handle} 加入。
