早报资讯源抓取失败（群 ${group} 的 ${date} 早报已用其余来源发出）：
<#list sources as s>
· ${s}
</#list>
