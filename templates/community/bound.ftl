<#if existed>已更新群「${g.name}」（${g.id}）。<#else>已绑定群「${g.name}」（${g.id}），负责人 ${g.owner}。</#if>
连接：<#list g.chats as c>${c}<#sep>，</#list><#if g.tags?has_content> · 标签 <#list g.tags as t>${t}<#sep>,</#list></#if>
