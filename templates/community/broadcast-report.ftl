广播 #${id} 完成：${total} 个群，已发 ${sent}<#if failed gt 0>，失败 ${failed}</#if><#if unknown gt 0>，结果未知 ${unknown}（不会重发）</#if><#if skipped gt 0>，跳过 ${skipped}</#if>。
