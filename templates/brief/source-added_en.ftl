<#if existed>That feed is already there: ${id} ${url}<#else>Added feed ${id}: ${url}<#if topic?has_content> (topic: ${topic})</#if>; fetching it now.</#if>
