【群管理】「${group}」里 ${member} 发了${kindZh}（「${excerpt}」），已在群里提醒，这是近期第 ${strikes} 次：
${text}
