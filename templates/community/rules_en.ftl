<#if changed>Rules of "${group}" updated:<#else>Rules of "${group}":</#if>
<#if rules?has_content>${rules}<#else>(none) Set them with /group rules <text>.</#if>
