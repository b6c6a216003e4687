<#if sequences?has_content>跟进序列（进行中 ${running} 位）：
<#list sequences as s>· ${s.name}：${s.description}
  ${s.steps}（累计加入 ${s.enrolled}）
</#list><#else>还没有序列。在 config/sequences/ 下添加 .yml 文件。</#if>
