Points leaderboard of "${group}", ${periodEn}<#if entries?has_content>:
<#list entries as e>${e.place}. ${e.member} ${e.points}
</#list><#else>: nobody has points yet; say 签到 to start.
</#if>