<#if enabled>群「${group}」的早报每天 ${time}（${zone}）发送，下一期：${next}。<#else>群「${group}」的早报已停发；/brief schedule 08:30 恢复。</#if>
