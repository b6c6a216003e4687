Brief sources failed (the ${date} brief for group ${group} went with the other sources):
<#list sources as s>
· ${s}
</#list>
