<#if delivered>Delivered #${id} "${what}"<#if onTime>, on time ✅<#else>, after ${due}</#if><#else>Cancelled deadline #${id} "${what}"</#if>; no more nudges.
