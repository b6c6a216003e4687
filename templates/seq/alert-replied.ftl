@${handle}（${name}）回复了（序列 ${sequence}，<#if step?has_content>第 ${step} 步之后<#else>尚未发出任何跟进</#if>）：
${text}
跟进已自动停止，状态改为洽谈中。
