@${handle} 的一条跟进（序列 ${sequence} 第 ${step} 步）可能正由另一个实例发送，无法确定是否已送达；为避免重复打扰已暂停。请核实后 /seq resume @${handle} 或 /seq stop @${handle}。
