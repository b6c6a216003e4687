<#if scope == "*">Global banned words<#else>Banned words of "${scope}"</#if> (${words?size}<#if shipped gt 0>, plus ${shipped} from the configuration</#if>):<#if words?has_content>
${words?join(", ")}<#else> (none added from chat yet)</#if>
