@${handle} 的跟进（序列 ${sequence} 第 ${step} 步）发送超时，无法确定是否送达；为避免重复已暂停。请核实后 /seq resume @${handle} 或 /seq stop @${handle}。
