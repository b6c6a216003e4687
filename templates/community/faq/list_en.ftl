FAQ of "${group}" (a question is answered at most once every ${coolDown} minutes):
<#list entries as e>· ${e.id}<#if !e.own> (default)</#if>: ${e.pattern} → ${e.answer}
</#list>