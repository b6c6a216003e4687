package com.daren.bot.outreach;

import com.daren.access.Role;
import com.daren.bot.crm.ListFilters;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /seq start first-contact @a @b} or {@code /seq start first-contact tier=micro status=prospect}: enrols
 * each influencer, skipping (with the reason) anyone already in a sequence, opted out or archived.
 */
@Component
class SeqStartCommand implements CommandHandler {

    static final int MAX_BY_FILTER = 1_000;

    private static final CommandSpec SPEC = CommandSpec.command("seq start")
            .alias("序列 开始", "跟进 开始")
            .arg(ArgSpec.positional("sequence", ArgType.TEXT, "序列名", "sequence"))
            .arg(ArgSpec.positional("handles", ArgType.TEXT, "@账号…", "@handles…").optional().restOfLine())
            .args(ListFilters.SPECS)
            .role(Role.OPERATOR)
            .mutating()
            .help("把达人加入跟进序列：/seq start first-contact @a @b，或按条件 tier=micro status=prospect（最多 1000 位）",
                    "enrol influencers: /seq start first-contact @a @b, or by filter tier=micro status=prospect (up to 1000)")
            .build();

    private final SequenceCatalog sequences;
    private final InfluencerStore influencers;
    private final Enrolment enrolment;

    SeqStartCommand(SequenceCatalog sequences, InfluencerStore influencers, Enrolment enrolment) {
        this.sequences = sequences;
        this.influencers = influencers;
        this.enrolment = enrolment;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String name = args.text("sequence");
        SequenceDefinition sequence = sequences.find(name).orElseThrow(() -> new BadArgumentException(Text.of(
                "没有序列「" + name + "」，可用：" + names(), "no sequence '" + name + "'; available: " + names())));
        boolean byFilter = ListFilters.SPECS.stream().anyMatch(s -> args.has(s.name()));
        if (!args.has("handles") && !byFilter) {
            throw new BadArgumentException(Text.of("请写上 @账号 或筛选条件", "give @handles or a filter"));
        }
        Map<String, Influencer> targets = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        if (args.has("handles")) {
            for (String handle : Arrays.stream(args.text("handles").split("[\\s,，、]+")).filter(h -> !h.isBlank()).toList()) {
                List<Influencer> found = influencers.findByHandle(handle);
                if (found.size() == 1) {
                    targets.putIfAbsent(found.get(0).id(), found.get(0));
                } else {
                    unknown.add(handle.replaceFirst("^@", "") + (found.isEmpty() ? "" : "(" + found.size() + ")"));
                }
            }
        }
        boolean truncated = false;
        if (byFilter) {
            int page = 1;
            InfluencerQuery.Page result;
            do {
                result = influencers.query(ListFilters.parse(args, page++, 200));
                for (Influencer i : result.items()) {
                    if (targets.size() >= MAX_BY_FILTER) {
                        truncated = true;
                        break;
                    }
                    targets.putIfAbsent(i.id(), i);
                }
            } while (!truncated && result.hasMore());
        }
        List<String> enrolled = new ArrayList<>();
        List<Map<String, String>> skipped = new ArrayList<>();
        for (Influencer influencer : targets.values()) {
            Optional<String[]> why = enrolment.enroll(influencer, sequence, context.actorId());
            if (why.isEmpty()) {
                enrolled.add(influencer.handle());
            } else {
                skipped.add(Map.of("handle", influencer.handle(), "zh", why.get()[0], "en", why.get()[1]));
            }
        }
        return Reply.of("seq/started", "sequence", sequence.name(), "enrolled", enrolled, "skipped", skipped,
                        "unknown", unknown, "truncated", truncated, "max", MAX_BY_FILTER)
                .withAudit("seq " + sequence.name() + ": enrolled " + enrolled.size() + ", skipped " + skipped.size());
    }

    private String names() {
        return String.join(", ", sequences.all().stream().map(SequenceDefinition::name).toList());
    }
}
