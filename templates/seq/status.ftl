@${handle} · 序列 ${sequence} · ${state}<#if reason?has_content>（${reason}）</#if>
<#if finalOnly>所有步骤已发出，等待回复<#else>第 ${step}/${total} 步</#if><#if next?has_content> · 下次：${next}</#if> · 开始于 ${started}
<#list history as h>${h.step}. ${h.name} ${h.outcome} ${h.at}<#if h.variant?has_content> [${h.variant}]</#if><#if h.detail?has_content> ${h.detail}</#if>
</#list>
