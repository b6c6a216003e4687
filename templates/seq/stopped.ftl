已停止 @${handle} 的跟进（序列 ${sequence}）。
