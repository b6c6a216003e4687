@${handle} is on several platforms: <#list platforms as p>${p}<#sep>, </#list>. Add platform=<platform>.
