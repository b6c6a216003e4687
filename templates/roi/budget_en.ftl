Budget ${total}<#if rounded> (rounded to the yuan)</#if> for the ${stage} stage:
<#list shares as s>${s.tier} (${s.rangeEn}) ${s.percent}% = ${s.amount}
</#list>
