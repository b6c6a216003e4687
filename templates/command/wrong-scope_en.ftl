<#if scope == "DIRECT_ONLY">/${command} works only in a one-to-one chat with me.<#else>/${command} works only in a group.</#if>
