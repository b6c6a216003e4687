package com.daren.bot.roi;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.crm.Tier;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /budget 30000 stage=maturity}: the amount split by tier for the brand's stage, in whole yuan. */
@Component
class BudgetCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("budget")
            .alias("预算")
            .arg(ArgSpec.positional("amount", ArgType.TEXT, "金额", "amount"))
            .arg(ArgSpec.option("stage", ArgType.TEXT, "阶段", "stage").alias("阶段").required())
            .role(Role.VIEWER)
            .help("按品牌阶段把预算分到各档达人（默认 mega/macro/mid/micro %：认知 20/30/30/20，增长 10/20/40/30，成熟 5/15/50/30）",
                    "split a budget over tiers by the brand's stage (by default awareness 20/30/30/20, growth 10/20/40/30, "
                            + "maturity 5/15/50/30 mega/macro/mid/micro %)")
            .build();

    private static final Map<Tier, Text> RANGES = Map.of(
            Tier.MEGA, Text.of("50万粉以上", "500k+ followers"),
            Tier.MACRO, Text.of("10万–50万粉", "100k–500k followers"),
            Tier.MID, Text.of("1万–10万粉", "10k–100k followers"),
            Tier.MICRO, Text.of("1万粉以下", "under 10k followers"));

    private final BudgetProperties mixes;

    BudgetCommand(BudgetProperties mixes) {
        this.mixes = mixes;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        BigDecimal amount = Money.parse(args.text("amount"), Text.of("金额", "amount"));
        long total = amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
        BudgetStage stage = BudgetStage.parse(args.text("stage"));
        List<Map<String, Object>> shares = BudgetSplit.of(total, mixes.mix(stage)).stream().map(share -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tier", share.tier().label());
            m.put("band", share.tier().band());
            m.put("rangeZh", RANGES.get(share.tier()).zh());
            m.put("rangeEn", RANGES.get(share.tier()).en());
            m.put("percent", share.percent());
            m.put("amount", Money.format(BigDecimal.valueOf(share.amount())));
            return m;
        }).toList();
        return Reply.of("roi/budget",
                "total", Money.format(BigDecimal.valueOf(total)),
                "rounded", amount.compareTo(BigDecimal.valueOf(total)) != 0,
                "stage", stage.id(),
                "stageZh", stage.zh(),
                "shares", shares);
    }
}
