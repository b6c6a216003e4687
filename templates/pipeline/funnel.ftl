<#macro mark r><#if r.mark == "ok">✅<#elseif r.mark == "warn">⚠️<#else>—</#if></#macro>
达人漏斗（共 ${total} 位）
<#list statuses as s>${s.zh} ${s.count}<#sep> · </#list>
回复率（洽谈中及以后 ÷ 已联系及以后）：<#if response.percent?has_content>${response.reached}/${response.from} = ${response.percent}<#else>暂无数据</#if> <@mark response/> 目标 ≥ ${response.target}
合作率（合作中及以后 ÷ 洽谈中及以后）：<#if partnership.percent?has_content>${partnership.reached}/${partnership.from} = ${partnership.percent}<#else>暂无数据</#if> <@mark partnership/> 目标 ≥ ${partnership.target}
不计入转化率：待联系 ${prospect}（尚未联系）、不活跃 ${inactive}、已退订 ${optedOut}
本月（${month}）对比上月（${lastMonth}）：
<#list moves as m>${m.zh} ${m.now}（上月 ${m.last}，${m.change}）<#sep> · </#list>
