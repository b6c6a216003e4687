@${handle} 已经是「${statusZh}」了。
