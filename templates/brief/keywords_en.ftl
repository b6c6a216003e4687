Group '${group}' brief <#if keywords?has_content>keywords: ${keywords?join(", ")}<#else>has no keywords (newest headlines)</#if>; up to ${cap} a day.
