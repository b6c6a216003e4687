Id: ${id}<#if name?has_content> (${name})</#if>
Role: ${role}<#if !operator> (not on the team; /help is open to you)</#if>
Channel: ${channel}<#if group?has_content> · group: ${group}</#if>
<#if influencer?has_content>Recognised as influencer: ${influencer}</#if>
