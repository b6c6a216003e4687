<#if scope == "DIRECT_ONLY">/${command} 只能在和我的私聊中使用。<#else>/${command} 只能在群里使用。</#if>
