<#if changed>已更新「${group}」的欢迎语。</#if>新成员入群时（30 秒内多人入群合并为一条）会收到：
${preview}
