<#if scope == "*">全局敏感词<#else>「${scope}」的敏感词</#if>（${words?size} 个<#if shipped gt 0>，另有配置文件中的 ${shipped} 个</#if>）：<#if words?has_content>
${words?join("、")}<#else>（聊天里还没有添加）</#if>
