<#if jobs?has_content>定时任务：
<#list jobs as j>· ${j.name}（${j.cron}，${j.zone}）<#if j.paused>【已暂停】</#if>
  下次：${j.next}
  上次：<#if j.lastFire??>${j.lastFire} → ${j.outcome}<#if j.detail?has_content>（${j.detail}）</#if><#else>还没运行过</#if>
</#list><#else>没有配置定时任务（config/application.yml 的 daren.schedules.jobs）。</#if>
