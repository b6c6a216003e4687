<#if kind == "daily">[Daily report ${day}]<#else>[Weekly report ${from} – ${day}]</#if>
<#list sections as s>
${s.title}
<#list s.lines as l>· ${l}
</#list>
</#list>
<#if !sections?has_content>Nothing to report.</#if>
