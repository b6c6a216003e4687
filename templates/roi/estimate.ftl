<#if handle?has_content>${name}（@${handle}，${platformZh}）投产估算<#else>投产估算（假设）</#if>
粉丝 ${followers}<#if handle?has_content && followersGiven>（按你给的）</#if> × 触达率 ${reachRate} = 触达 ${reach}
× 互动率 ${er}<#if handle?has_content && erGiven>（按你给的）</#if> = 互动 ${engagements}
× 点击率 ${clickRate} = 点击 ${clicks}
× 转化率 ${conversionRate} = 成交 ${conversions} 单
× 客单价 ${aov} = 收入 ${revenue}
ROAS = 收入 ÷ 成本 ${cost} = ${roas}<#if paysBack>（能回本）<#else>（低于 1，不回本；回本约需成交 ${breakEven} 单）</#if>
