这个时间可以有几种理解，请写明其中一个再发一次：
<#list options as o>${o?counter}. ${o.shown} → /remind ${o.exact} ${text}
</#list>
