这个聊天已属于群 ${holder}。
