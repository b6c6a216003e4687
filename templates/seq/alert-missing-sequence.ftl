序列 ${sequence} 已不存在（配置已删除），@${handle} 的跟进已暂停。
