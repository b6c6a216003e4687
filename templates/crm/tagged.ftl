@${handle} 的标签：<#if tags?has_content><#list tags as t>${t}<#sep>、</#list><#else>（无）</#if>
