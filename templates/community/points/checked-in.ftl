<#if accepted>@${member} 签到成功 +${awarded} 积分，已连续签到 ${streak} 天，共 ${total} 积分。<#else>@${member} 今天已经签到过了（连续 ${streak} 天，共 ${total} 积分），明天再来吧。</#if>
