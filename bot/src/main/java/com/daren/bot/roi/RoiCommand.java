package com.daren.bot.roi;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandFailure;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.crm.Influencer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /roi @lily cost=2000 aov=150}: the ROI estimate from the record's followers and ER ({@code followers=} and
 * {@code er=} override them); {@code /roi followers=50000 er=8% cost=2000 aov=150} is the same without a record.
 */
@Component
class RoiCommand implements CommandHandler {

    static final ArgSpec COST = ArgSpec.option("cost", ArgType.TEXT, "成本", "cost").alias("成本", "费用", "报价").required();
    static final ArgSpec AOV = ArgSpec.option("aov", ArgType.TEXT, "客单价", "AOV").alias("客单价").required();

    private static final CommandSpec SPEC = CommandSpec.command("roi")
            .alias("投产")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle").optional())
            .arg(InfluencerFields.PLATFORM)
            .arg(InfluencerFields.FOLLOWERS)
            .arg(InfluencerFields.ER)
            .arg(COST)
            .arg(AOV)
            .role(Role.VIEWER)
            .help("估算投产比：触达＝粉丝×触达率，互动＝触达×互动率，点击＝互动×点击率，成交＝点击×转化率，"
                            + "收入＝成交×客单价，ROAS＝收入÷成本（比率见回复，默认 30%/10%/5%）；不写账号时给出 followers= 和 er=",
                    "estimate ROI: reach = followers × reach rate, engagements = reach × ER, clicks = engagements × "
                            + "click rate, conversions = clicks × conversion rate, revenue = conversions × AOV, ROAS = "
                            + "revenue ÷ cost (rates shown in the answer, 30%/10%/5% by default); without a handle give "
                            + "followers= and er=")
            .build();

    private final InfluencerLookup lookup;
    private final RoiProperties factors;

    RoiCommand(InfluencerLookup lookup, RoiProperties factors) {
        this.lookup = lookup;
        this.factors = factors;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        BigDecimal cost = Money.parse(args.text(COST.name()), Text.of("成本", "cost"));
        BigDecimal aov = Money.parse(args.text(AOV.name()), Text.of("客单价", "AOV"));
        Long followers = args.optionalCount(InfluencerFields.FOLLOWERS.name()).orElse(null);
        Double er = args.optionalRate(InfluencerFields.ER.name()).orElse(null);
        Map<String, Object> model = new LinkedHashMap<>();
        if (args.has("handle")) {
            Influencer influencer = lookup.one(args);
            model.put("handle", influencer.handle());
            model.put("name", influencer.name());
            model.put("platform", influencer.platform().id());
            model.put("platformZh", influencer.platform().zh());
            if (er == null && influencer.engagementRate() == null) {
                throw new CommandFailure(Reply.of("roi/need-er", "handle", influencer.handle(),
                        "cost", args.text(COST.name()), "aov", args.text(AOV.name())));
            }
            model.put("followersGiven", followers != null);
            model.put("erGiven", er != null);
            followers = followers != null ? followers : influencer.followers();
            er = er != null ? er : influencer.engagementRate();
        } else {
            if (followers == null || er == null) {
                throw new BadArgumentException(Text.of("不写账号时需要 followers= 和 er=（或写上达人账号）",
                        "without a handle, give followers= and er= (or name an influencer)"));
            }
            model.put("handle", "");
            model.put("followersGiven", true);
            model.put("erGiven", true);
        }
        RoiEstimate estimate = RoiEstimate.of(followers, BigDecimal.valueOf(er), cost, aov, factors);
        model.putAll(view(estimate));
        return new Reply("roi/estimate", model);
    }

    static Map<String, Object> view(RoiEstimate e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("followers", Money.number(BigDecimal.valueOf(e.followers()), 0));
        v.put("er", percent(e.engagementRate()));
        v.put("reachRate", percent(e.factors().reachRate()));
        v.put("clickRate", percent(e.factors().clickRate()));
        v.put("conversionRate", percent(e.factors().conversionRate()));
        v.put("reach", count(e.reach()));
        v.put("engagements", count(e.engagements()));
        v.put("clicks", count(e.clicks()));
        v.put("conversions", count(e.conversions()));
        v.put("aov", Money.format(e.aov()));
        v.put("cost", Money.format(e.cost()));
        v.put("revenue", Money.format(e.revenue()));
        v.put("roas", roas(e.roas()));
        v.put("paysBack", e.paysBack());
        v.put("breakEven", e.breakEvenConversions());
        return v;
    }

    /** Two decimals ({@code 0.45}); a tiny positive ROAS shows as {@code <0.01} rather than a misleading 0.00. */
    static String roas(BigDecimal roas) {
        BigDecimal shown = roas.setScale(2, RoundingMode.HALF_UP);
        return roas.signum() > 0 && shown.signum() == 0 ? "<0.01" : shown.toPlainString();
    }

    /** Expected counts: whole from 100 up, one decimal below (0.6 sales is worth seeing). */
    private static String count(BigDecimal n) {
        return Money.number(n, n.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1);
    }

    private static String percent(BigDecimal fraction) {
        return Money.number(fraction.multiply(BigDecimal.valueOf(100)), 2) + "%";
    }
}
