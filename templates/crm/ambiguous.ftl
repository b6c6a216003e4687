@${handle} 在多个平台上都有记录：<#list platforms as p>${p}<#sep>、</#list>。请加上 platform=平台。
