<#if points gt 0>Gave<#else>Took</#if> ${points?abs} points <#if points gt 0>to<#else>from</#if> ${member}<#if reason?has_content> (${reason})</#if>; ${total} points now.
