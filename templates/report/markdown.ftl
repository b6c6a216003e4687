## <#if kind == "daily">达人日报 ${day}<#else>达人周报 ${from} – ${day}</#if>
<#list sections as s>
**${s.title}**
<#list s.lines as l>
> ${l}
</#list>
</#list>
<#if !sections?has_content>今天没有可报告的变化。</#if>
