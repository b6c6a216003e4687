package com.daren.crm;

import java.util.Locale;

/** Where an influencer stands in the pipeline (PRODUCT.md). */
public enum PipelineStatus {
    PROSPECT("待联系"),
    CONTACTED("已联系"),
    NEGOTIATING("洽谈中"),
    ACTIVE("合作中"),
    PAUSED("暂停"),
    INACTIVE("不活跃"),
    UNRESPONSIVE("未回复"),
    OPTED_OUT("已退订");

    private final String zh;

    PipelineStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
