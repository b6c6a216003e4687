<#if handle?has_content>ROI estimate for ${name} (@${handle} on ${platform})<#else>ROI estimate (what-if)</#if>
${followers} followers<#if handle?has_content && followersGiven> (as given)</#if> × reach rate ${reachRate} = reach ${reach}
× ER ${er}<#if handle?has_content && erGiven> (as given)</#if> = ${engagements} engagements
× click rate ${clickRate} = ${clicks} clicks
× conversion rate ${conversionRate} = ${conversions} sales
× AOV ${aov} = revenue ${revenue}
ROAS = revenue ÷ cost ${cost} = ${roas}<#if paysBack> (pays back)<#else> (below 1: about ${breakEven} sales needed to break even)</#if>
