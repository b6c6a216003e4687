@${handle} 的跟进发送失败（序列 ${sequence} 第 ${step} 步）：${reason}。已暂停，处理后可 /seq resume @${handle}。
