<#if replaced>Updated<#else>Added</#if> FAQ entry "${id}" in "${group}". A question is answered at most once every ${coolDown} minutes.
