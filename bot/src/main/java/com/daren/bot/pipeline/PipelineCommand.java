package com.daren.bot.pipeline;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /pipeline}: how many influencers are in each status, the two conversion rates against their targets (see
 * {@link Funnel} for which statuses count as "reached"), and this month's moves against last month's.
 */
@Component
class PipelineCommand implements CommandHandler {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final CommandSpec SPEC = CommandSpec.command("pipeline")
            .alias("漏斗")
            .role(Role.VIEWER)
            .help("达人漏斗：各状态人数；回复率＝洽谈中及以后÷已联系及以后，合作率＝合作中及以后÷洽谈中及以后"
                            + "（已联系及以后＝已联系、洽谈中、合作中、暂停、未回复；洽谈中及以后＝洽谈中、合作中、暂停；"
                            + "合作中及以后＝合作中、暂停；待联系、不活跃、已退订不计入）；本月与上月对比",
                    "the funnel: records per status; outreach→response = negotiating-or-beyond ÷ contacted-or-beyond, "
                            + "response→partnership = active-or-beyond ÷ negotiating-or-beyond (contacted or beyond = "
                            + "contacted, negotiating, active, paused, unresponsive; negotiating or beyond = negotiating, "
                            + "active, paused; active or beyond = active, paused; prospect, inactive and opted_out are "
                            + "not counted); this month against last")
            .build();

    private final InfluencerStore store;
    private final PipelineProperties targets;
    private final Clock clock;

    PipelineCommand(InfluencerStore store, PipelineProperties targets, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        EnumMap<PipelineStatus, Long> counts = new EnumMap<>(PipelineStatus.class);
        for (PipelineStatus status : PipelineStatus.values()) {
            counts.put(status, store.countWithStatus(status));
        }
        Funnel funnel = new Funnel(counts);
        YearMonth month = YearMonth.now(clock.withZone(ZONE));
        MonthMoves moves = MonthMoves.compare(month, store.movesIn(month), store.movesIn(month.minusMonths(1)));
        return Reply.of("pipeline/funnel",
                "total", funnel.total(),
                "statuses", statuses(funnel),
                "response", rate(funnel.outreachToResponse(), targets.outreachResponseTarget()),
                "partnership", rate(funnel.responseToPartnership(), targets.responsePartnershipTarget()),
                "prospect", funnel.count(PipelineStatus.PROSPECT),
                "inactive", funnel.count(PipelineStatus.INACTIVE),
                "optedOut", funnel.count(PipelineStatus.OPTED_OUT),
                "month", moves.month().toString(),
                "lastMonth", moves.previous().toString(),
                "moves", moves(moves));
    }

    private static List<Map<String, Object>> statuses(Funnel funnel) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PipelineStatus status : PipelineStatus.values()) {
            rows.add(Map.of("id", status.id(), "zh", status.zh(), "count", funnel.count(status)));
        }
        return rows;
    }

    /** {@code mark} is ok (target met), warn (below it) or none (nothing to divide by yet). */
    static Map<String, Object> rate(Funnel.Rate rate, BigDecimal target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reached", rate.reached());
        m.put("from", rate.from());
        m.put("percent", rate.known() ? percent(BigDecimal.valueOf(rate.reached())
                .divide(BigDecimal.valueOf(rate.from()), 6, RoundingMode.HALF_UP)) : "");
        m.put("target", percent(target));
        m.put("mark", !rate.known() ? "none" : rate.meets(target) ? "ok" : "warn");
        return m;
    }

    private static List<Map<String, Object>> moves(MonthMoves moves) {
        return moves.rows().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            String status = row.key().startsWith("to:") ? row.key().substring(3) : "";
            m.put("key", row.key());
            m.put("zh", status.isEmpty() ? "新增" : PipelineStatus.parse(status).orElseThrow().zh());
            m.put("en", status.isEmpty() ? "added" : "to " + status);
            m.put("now", row.thisMonth());
            m.put("last", row.lastMonth());
            m.put("change", row.signedChange());
            return m;
        }).toList();
    }

    /** A fraction as a percentage with at most one decimal: 0.3 → 30%, 1/3 → 33.3%. */
    static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return pct.toPlainString().toLowerCase(Locale.ROOT) + "%";
    }
}
