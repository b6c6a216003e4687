"${group}", last ${days} days of interaction ${spark}
${messages} messages · ${joins} joins · ${leaves} leaves · ${checkIns} check-ins · at most ${peakActive} active in a day
<#list rows as d>${d.date}: ${d.messages} msgs · ${d.activeMembers} active · +${d.joins} −${d.leaves} · ${d.checkIns} check-ins
</#list>
