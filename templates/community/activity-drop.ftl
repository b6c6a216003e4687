群「${group}」（${id}）今日互动 ${today}，比近 7 日平均 ${average} 低 ${drop}%。
