已归档 @${handle}：不再出现在列表和统计里，记录保留。用 /daren restore @${handle} 恢复。
