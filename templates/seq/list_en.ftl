<#if sequences?has_content>Sequences (${running} running):
<#list sequences as s>· ${s.name}: ${s.description}
  ${s.steps} (${s.enrolled} enrolled so far)
</#list><#else>No sequences yet. Add .yml files under config/sequences/.</#if>
