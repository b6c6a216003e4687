package com.daren.bot.crm.score;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import org.springframework.stereotype.Component;

import java.util.Map;

/** {@code /daren scorecard @lily [platform=douyin]}: the scorecard, changing nothing. */
@Component
class DarenScorecardCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren scorecard")
            .alias("达人 评分卡")
            .arg(DarenScoreCommand.HANDLE)
            .arg(InfluencerFields.PLATFORM)
            .role(Role.VIEWER)
            .help("查看达人的评分卡：三张评分卡、总分（10 分制）、行动建议、优势与短板",
                    "show an influencer's scorecard: three cards, total (10-point scale), action, strengths and weaknesses")
            .build();

    private final InfluencerLookup lookup;

    DarenScorecardCommand(InfluencerLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Map<String, Object> card = ScorecardView.of(lookup.one(args));
        card.put("saved", false);
        card.put("before", "");
        return new Reply("score/card", card);
    }
}
