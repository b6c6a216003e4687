package com.daren.bot.roi;

import com.daren.command.BadArgumentException;
import com.daren.command.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A brand's stage, which sets how a budget is spread over influencer tiers (PRODUCT.md). */
enum BudgetStage {
    AWARENESS("认知", "认知期", "品牌认知"),
    GROWTH("增长", "增长期"),
    MATURITY("成熟", "成熟期");

    private final String zh;
    private final List<String> aliases;

    BudgetStage(String zh, String... aliases) {
        this.zh = zh;
        this.aliases = List.of(aliases);
    }

    String zh() {
        return zh;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BudgetStage parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t) || s.zh.equals(t) || s.aliases.contains(t))
                .findFirst()
                .orElseThrow(() -> new BadArgumentException(Text.of(
                        "不认识的阶段「" + text + "」，可选：认知 / 增长 / 成熟",
                        "unknown stage '" + text + "', choose awareness, growth or maturity")));
    }
}
