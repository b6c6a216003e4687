「${group}」积分${periodZh}榜<#if entries?has_content>：
<#list entries as e>${e.place}. ${e.member} ${e.points}
</#list><#else>：还没有人得分，发「签到」开始吧。
</#if>