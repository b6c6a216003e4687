Scorecard for ${name} (@${handle} on ${platform})<#if saved>, updated</#if>
<#list cards as c>${c.key?cap_first} <#if c.value?has_content>${c.value}/100<#else>not rated<#if (c.itemsRated > 0)> (${c.itemsRated}/${c.itemsTotal} items)</#if></#if><#sep> · </#list>
<#if total?has_content>Total ${total}/100 · ${outOfTen}/10<#if before?has_content && before != outOfTen> (was ${before})</#if><#if (cardsRated < cardsTotal)> (from ${cardsRated} of ${cardsTotal} cards)</#if>
Action: ${bandEn}<#else>Total: not rated (complete one card's sub-scores, or give a whole card such as engagement=72)</#if>
<#if strengths?has_content>Strengths: <#list strengths as i>${i.en} ${i.value}/${i.max}<#sep>, </#list>
Weaknesses: <#if weaknesses?has_content><#list weaknesses as i>${i.en} ${i.value}/${i.max}<#sep>, </#list><#else>none stands out</#if></#if>
