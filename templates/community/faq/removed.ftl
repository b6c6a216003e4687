<#if removed>已删除「${group}」的问答「${id}」<#if isDefault>，此后回答默认答案</#if>。<#elseif isDefault>「${id}」是默认问答，在配置 daren.community.faq.defaults 中修改；也可以用 /group faq add 同名覆盖。<#else>「${group}」没有问答「${id}」。</#if>
