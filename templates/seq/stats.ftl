序列 ${sequence}：加入 ${enrolled}，回复 ${replied}（${replyRate}），未回复 ${unresponsive}，退订 ${optedOut}<#if unknown gt 0>，结果未知 ${unknown}</#if>
<#list steps as s>${s.index}. ${s.name}<#if s.manual>（人工）</#if>：发出 ${s.sent}，回复 ${s.replied}（${s.rate}）<#list s.variants as v>
   ${v.name}：发出 ${v.sent}，回复 ${v.replied}（${v.rate}）</#list>
</#list>
