已暂停定时任务 ${job}：各实例都会跳过它，直到 /schedule resume ${job}
