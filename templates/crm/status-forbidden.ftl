@${handle} 不能从「${fromZh}」直接改为「${toZh}」。<#if allowed?has_content>可以改为：<#list allowed as a>${a}（${allowedZh[a?index]}）<#sep>、</#list>。<#else>「${fromZh}」是终态，不能再改。</#if>
