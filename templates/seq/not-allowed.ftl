@${handle} 的跟进当前是「${state}」，不能这样操作。
