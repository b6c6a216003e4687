${g.name}（${g.id}）<#if !g.active> [已解散]</#if>
负责人：${g.owner!"-"} · 成员 ${g.members} · 时区 ${g.zone}
连接：<#list g.chats as c>${c}<#sep>，</#list>
<#if g.tags?has_content>广播标签：<#list g.tags as t>${t}<#sep>,</#list>
</#if>群规：<#if g.rules?has_content>${g.rules}<#else>（未设置）</#if>
欢迎语：<#if g.welcomeText?has_content>${g.welcomeText}<#else>（默认）</#if>
