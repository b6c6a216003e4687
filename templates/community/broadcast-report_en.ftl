Broadcast #${id} done: ${total} groups, ${sent} sent<#if failed gt 0>, ${failed} failed</#if><#if unknown gt 0>, ${unknown} unknown (not re-sent)</#if><#if skipped gt 0>, ${skipped} skipped</#if>.
