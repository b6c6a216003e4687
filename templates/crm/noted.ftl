已给 @${handle} 加备注（共 ${count} 条）。
