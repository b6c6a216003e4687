@${handle} cannot move from ${from} to ${to}.<#if allowed?has_content> Allowed: <#list allowed as a>${a}<#sep>, </#list>.<#else> ${from} is final.</#if>
