没有导入「${fileName}」：${problem}
