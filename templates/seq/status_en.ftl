@${handle} · sequence ${sequence} · ${stateEn}<#if reason?has_content> (${reason})</#if>
<#if finalOnly>all steps out, waiting for an answer<#else>step ${step}/${total}</#if><#if next?has_content> · next: ${next}</#if> · started ${started}
<#list history as h>${h.step}. ${h.name} ${h.outcome} ${h.at}<#if h.variant?has_content> [${h.variant}]</#if><#if h.detail?has_content> ${h.detail}</#if>
</#list>
