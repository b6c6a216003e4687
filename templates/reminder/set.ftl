好的，提醒 #${id} 已设在 ${when}<#if repeat?has_content>（${repeat}）</#if><#if to?has_content>，提醒 ${to}</#if>：${text}
取消：/remind cancel ${id}
