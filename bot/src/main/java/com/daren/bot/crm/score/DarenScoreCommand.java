package com.daren.bot.crm.score;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code /daren score @lily recent_er=20 评论质量=18/25 partnership=80}: records sub-scores or whole scorecards and
 * answers with the scorecard.
 */
@Component
class DarenScoreCommand implements CommandHandler {

    static final ArgSpec HANDLE = ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle");

    private static final CommandSpec SPEC = withScoreOptions(CommandSpec.command("daren score")
            .alias("达人 评分")
            .arg(HANDLE)
            .arg(InfluencerFields.PLATFORM))
            .role(Role.OPERATOR)
            .mutating()
            .help("给达人评分：分项如 评论质量=18 或 18/25，或整张评分卡如 互动=72（互动/合作/战略，满分 100）",
                    "score an influencer: sub-scores such as comment_quality=18 or 18/25, or whole scorecards such as "
                            + "engagement=72 (engagement/partnership/strategic, out of 100)")
            .build();

    private static CommandSpec.Builder withScoreOptions(CommandSpec.Builder builder) {
        ScoreInput.options().forEach(builder::arg);
        return builder;
    }

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenScoreCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        ScoreInput input = ScoreInput.from(args);
        Influencer influencer = lookup.one(args);
        InfluencerStore.Change change = store.update(influencer.id(), context.actorId(), "score",
                i -> i.toBuilder().scores(i.scores().with(input.items(), input.cards())).build());
        Map<String, Object> card = ScorecardView.of(change.after());
        card.put("saved", true);
        card.put("before", change.before().scores().outOfTen().isPresent()
                ? ScorecardView.of(change.before().scores()).get("outOfTen") : "");
        return new Reply("score/card", card).withAudit(change.summary());
    }
}
