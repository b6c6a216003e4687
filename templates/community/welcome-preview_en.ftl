<#if changed>Welcome of "${group}" updated. </#if>Newcomers (a burst of joins gets one combined message) will see:
${preview}
