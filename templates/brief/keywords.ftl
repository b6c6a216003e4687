群「${group}」早报<#if keywords?has_content>关键词：${keywords?join("、")}<#else>没有关键词（选最新的资讯）</#if>，每期最多 ${cap} 条。
