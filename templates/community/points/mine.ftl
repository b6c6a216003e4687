@${member} 的积分：共 ${total}（本周 ${week}，本月 ${month}）<#if rank gt 0>，排名第 ${rank}</#if><#if streak gt 0>，已连续签到 ${streak} 天</#if>。
