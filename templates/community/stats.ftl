「${group}」近 ${days} 天互动 ${spark}
消息 ${messages} · 入群 ${joins} · 退群 ${leaves} · 签到 ${checkIns} · 单日最多活跃 ${peakActive} 人
<#list rows as d>${d.date}：消息 ${d.messages} · 活跃 ${d.activeMembers} · +${d.joins} −${d.leaves} · 签到 ${d.checkIns}
</#list>
