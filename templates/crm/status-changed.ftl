@${handle}：${fromZh} → ${toZh}
