⏰ Reminder: ${text}<#if next?has_content>
(${repeat}; next ${next})</#if>
