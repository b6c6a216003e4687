<#if sources?has_content>Brief feeds (${sources?size}):
<#list sources as s>${s.id} ${s.url}<#if s.topic?has_content> [${s.topic}]</#if> · ${s.items} items<#if s.fetched?has_content> · fetched ${s.fetched}</#if><#if s.error?has_content> · ❌ ${s.error}</#if>
</#list><#else>No feeds yet: /brief source add <url> [topic].</#if>
