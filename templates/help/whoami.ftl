账号：${id}<#if name?has_content>（${name}）</#if>
角色：${role}<#if !operator>（非团队成员，可使用 /help）</#if>
渠道：${channel}<#if group?has_content> · 群：${group}</#if>
<#if influencer?has_content>已识别为达人：${influencer}</#if>
