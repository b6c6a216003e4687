<#if replaced>已更新<#else>已添加</#if>「${group}」的问答「${id}」。同一问题 ${coolDown} 分钟内只回答一次。
