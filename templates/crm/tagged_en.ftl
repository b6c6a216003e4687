Tags of @${handle}: <#if tags?has_content><#list tags as t>${t}<#sep>, </#list><#else>(none)</#if>
