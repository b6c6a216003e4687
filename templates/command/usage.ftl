${problem}。用法：${usage}
