OK, reminder #${id} set for ${when}<#if repeat?has_content> (${repeat})</#if><#if to?has_content>, for ${to}</#if>: ${text}
Cancel: /remind cancel ${id}
