@${handle} 还没有互动率，没法估算。请补上 er=，如：/roi @${handle} cost=${cost} aov=${aov} er=8%（也可先用 /daren set @${handle} er=8% 记下来）
