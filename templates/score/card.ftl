${name}（@${handle}，${platformZh}）的评分卡<#if saved>已更新</#if>
<#list cards as c>${c.zh} <#if c.value?has_content>${c.value}/100<#else>未评<#if (c.itemsRated > 0)>（已评 ${c.itemsRated}/${c.itemsTotal} 项）</#if></#if><#sep> · </#list>
<#if total?has_content>总分 ${total}/100 · ${outOfTen}/10<#if before?has_content && before != outOfTen>（原 ${before}）</#if><#if (cardsRated < cardsTotal)>（基于 ${cardsRated}/${cardsTotal} 张评分卡）</#if>
建议：${bandZh}<#else>总分：未评（任一评分卡的分项评齐，或直接给出 互动=72 这样的整卡分数后计算）</#if>
<#if strengths?has_content>优势：<#list strengths as i>${i.zh} ${i.value}/${i.max}<#sep>、</#list>
短板：<#if weaknesses?has_content><#list weaknesses as i>${i.zh} ${i.value}/${i.max}<#sep>、</#list><#else>无明显短板</#if></#if>
