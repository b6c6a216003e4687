序列 ${sequence}：已加入 ${enrolled?size} 位<#if enrolled?has_content>（<#list enrolled as h>@${h}<#sep>、</#list>）</#if>。<#if skipped?has_content>
跳过 ${skipped?size} 位：<#list skipped as s>@${s.handle}（${s.zh}）<#sep>、</#list></#if><#if unknown?has_content>
没找到：<#list unknown as u>@${u}<#sep>、</#list></#if><#if truncated>
按条件最多一次加入 ${max} 位，其余请再发一次。</#if>
