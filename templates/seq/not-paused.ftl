@${handle} 的跟进没有暂停（当前：${state}）。
