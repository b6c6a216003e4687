Imported ${s.fileName} (${s.format}, ${s.rows} data rows)
created ${s.created} · updated ${s.updated} · unchanged ${s.unchanged} · rejected ${s.rejectedCount}<#if shown?has_content>
Rejected rows (the header is row 1):
<#list shown as r>row ${r.row}: ${r.reasonEn}
</#list><#if s.rejectedCount gt shown?size>… and ${s.rejectedCount - shown?size} more rejected rows</#if></#if><#if s.ignoredColumns?has_content>
Columns not imported: <#list s.ignoredColumns as c>${c}<#sep>, </#list></#if>
