That time could mean more than one thing; send it again with one of these:
<#list options as o>${o?counter}. ${o.shown} → /remind ${o.exact} ${text}
</#list>
