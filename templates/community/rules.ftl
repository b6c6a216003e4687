<#if changed>已更新「${group}」的群规：<#else>「${group}」的群规：</#if>
<#if rules?has_content>${rules}<#else>（未设置）用 /group rules 群规内容 设置。</#if>
