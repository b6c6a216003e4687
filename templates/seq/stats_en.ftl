Sequence ${sequence}: enrolled ${enrolled}, replied ${replied} (${replyRate}), unresponsive ${unresponsive}, opted out ${optedOut}<#if unknown gt 0>, unknown outcome ${unknown}</#if>
<#list steps as s>${s.index}. ${s.name}<#if s.manual> (manual)</#if>: sent ${s.sent}, replied ${s.replied} (${s.rate})<#list s.variants as v>
   ${v.name}: sent ${v.sent}, replied ${v.replied} (${v.rate})</#list>
</#list>
