<#if existed>这个资讯源已经在了：${id} ${url}<#else>已添加资讯源 ${id}：${url}<#if topic?has_content>（主题：${topic}）</#if>，马上抓取一次。</#if>
