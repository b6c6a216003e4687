<#if enabled>Group '${group}' gets the brief daily at ${time} (${zone}); next: ${next}.<#else>Group '${group}' brief is off; /brief schedule 08:30 turns it back on.</#if>
