<#assign i = influencer>${i.name}（@${i.handle}，${i.platformZh}）<#if i.archived> [已归档]</#if>
档位：${i.tier}（${i.band}）· 粉丝 ${i.followers?string(",##0")}<#if i.er?has_content> · 互动率 ${i.er}</#if>
<#if i.likes?has_content || i.comments?has_content>平均点赞 ${i.likes!"-"} · 平均评论 ${i.comments!"-"}
</#if>状态：${i.statusZh}<#if i.owner?has_content> · 负责人：${i.owner}</#if><#if i.score?has_content> · 评分 ${i.score}/10</#if>
<#if i.tags?has_content>标签：<#list i.tags as t>${t}<#sep>、</#list>
</#if><#if i.formats?has_content>内容形式：<#list i.formats as t>${t}<#sep>、</#list>
</#if><#if i.age?has_content || i.gender?has_content || i.region?has_content>受众：${i.age} ${i.gender} ${i.region}
</#if><#if i.phone?has_content>手机：${i.phone}
</#if><#if i.wechat?has_content>微信：${i.wechat}
</#if><#if i.wecom?has_content || i.openid?has_content || i.sim?has_content>已关联：<#if i.wecom?has_content>企业微信 </#if><#if i.openid?has_content>公众号 </#if><#if i.sim?has_content>模拟器(${i.sim})</#if>
</#if><#if i.contract?has_content>合同到期：${i.contract}
</#if><#if reliability?has_content>按时交付：${reliability}
</#if><#if notes?has_content>备注（共 ${noteCount} 条，最近 ${notes?size} 条）：
<#list notes as n>· ${n.at} ${n.by}：${n.text}
</#list></#if>编号 ${i.id} · 添加于 ${i.created}
