<#if reminders?has_content>进行中的提醒：
<#list reminders as r>#${r.id} ${r.when}<#if r.repeat?has_content>（${r.repeat}）</#if> ${r.text}
</#list><#else>没有进行中的提醒。设一条：/remind 明天上午10点 交稿</#if>
