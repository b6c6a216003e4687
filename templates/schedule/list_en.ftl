<#if jobs?has_content>Cron jobs:
<#list jobs as j>· ${j.name} (${j.cron}, ${j.zone})<#if j.paused> [paused]</#if>
  next: ${j.next}
  last: <#if j.lastFire??>${j.lastFire} → ${j.outcome}<#if j.detail?has_content> (${j.detail})</#if><#else>never ran</#if>
</#list><#else>No cron jobs configured (daren.schedules.jobs in config/application.yml).</#if>
