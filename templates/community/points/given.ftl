已给 ${member} <#if points gt 0>加<#else>扣</#if> ${points?abs} 积分<#if reason?has_content>（${reason}）</#if>，现共 ${total} 积分。
