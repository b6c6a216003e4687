Exported ${rows} influencers (${format}):
${url}
The link works for ${ttlMinutes} minutes and for anyone who has it; do not pass it on.<#if truncated>
<#if exact>${total}<#else>At least ${total}</#if> matched; only the first ${rows} were exported. Add filters to export in parts.</#if><#if masked>
Phone numbers and WeChat ids are masked (shown in full only when an operator exports in a 1:1 chat).</#if>
