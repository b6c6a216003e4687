导入完成：${s.fileName}（${s.format}，${s.rows} 行数据）
新增 ${s.created} · 更新 ${s.updated} · 未变 ${s.unchanged} · 拒绝 ${s.rejectedCount}<#if shown?has_content>
被拒绝的行（表头是第 1 行）：
<#list shown as r>第 ${r.row} 行：${r.reason}
</#list><#if s.rejectedCount gt shown?size>……另有 ${s.rejectedCount - shown?size} 行被拒绝</#if></#if><#if s.ignoredColumns?has_content>
未导入的列：<#list s.ignoredColumns as c>${c}<#sep>、</#list></#if>
