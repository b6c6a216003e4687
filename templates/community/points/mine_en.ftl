@${member} points: ${total} (this week ${week}, this month ${month})<#if rank gt 0>, place ${rank}</#if><#if streak gt 0>, ${streak}-day check-in streak</#if>.
