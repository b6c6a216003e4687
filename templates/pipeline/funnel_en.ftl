<#macro mark r><#if r.mark == "ok">✅<#elseif r.mark == "warn">⚠️<#else>—</#if></#macro>
Pipeline (${total} influencers)
<#list statuses as s>${s.id} ${s.count}<#sep> · </#list>
Outreach→response (negotiating or beyond ÷ contacted or beyond): <#if response.percent?has_content>${response.reached}/${response.from} = ${response.percent}<#else>no data yet</#if> <@mark response/> target ≥ ${response.target}
Response→partnership (active or beyond ÷ negotiating or beyond): <#if partnership.percent?has_content>${partnership.reached}/${partnership.from} = ${partnership.percent}<#else>no data yet</#if> <@mark partnership/> target ≥ ${partnership.target}
Not in the rates: prospect ${prospect} (not contacted yet), inactive ${inactive}, opted_out ${optedOut}
This month (${month}) against last (${lastMonth}):
<#list moves as m>${m.en} ${m.now} (last month ${m.last}, ${m.change})<#sep> · </#list>
