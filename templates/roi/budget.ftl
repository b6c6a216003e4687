预算 ${total}<#if rounded>（取整到元）</#if> · ${stageZh}期分配：
<#list shares as s>${s.tier}（${s.band}，${s.rangeZh}）${s.percent}% = ${s.amount}
</#list>
