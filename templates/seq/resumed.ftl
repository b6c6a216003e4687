已继续 @${handle} 的跟进（序列 ${sequence}，第 ${step} 步将在发送时段内发出）。
