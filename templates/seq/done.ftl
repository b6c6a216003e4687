已记录 @${handle} 的人工步骤完成，继续序列 ${sequence} 的第 ${step} 步。
