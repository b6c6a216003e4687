「${group}」的问答（同一问题 ${coolDown} 分钟内只答一次）：
<#list entries as e>· ${e.id}<#if !e.own>（默认）</#if>：${e.pattern} → ${e.answer}
</#list>