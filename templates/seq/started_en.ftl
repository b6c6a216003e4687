Sequence ${sequence}: enrolled ${enrolled?size}<#if enrolled?has_content> (<#list enrolled as h>@${h}<#sep>, </#list>)</#if>.<#if skipped?has_content>
Skipped ${skipped?size}: <#list skipped as s>@${s.handle} (${s.en})<#sep>, </#list></#if><#if unknown?has_content>
Not found: <#list unknown as u>@${u}<#sep>, </#list></#if><#if truncated>
At most ${max} per filter; send it again for the rest.</#if>
