已暂停 @${handle} 的跟进（序列 ${sequence}，停在第 ${step} 步）。/seq resume @${handle} 继续。
