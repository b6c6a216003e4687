⏰ 提醒：${text}<#if next?has_content>
（${repeat}，下次 ${next}）</#if>
