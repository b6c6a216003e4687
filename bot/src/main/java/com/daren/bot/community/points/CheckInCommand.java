package com.daren.bot.community.points;

import com.daren.access.Role;
import com.daren.bot.community.GroupRefs;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Scope;
import com.daren.community.Group;
import com.daren.community.MemberCheckedIn;
import com.daren.community.points.CheckInResult;
import com.daren.community.points.PointsLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@code 签到} (a bare word in a group) or {@code /checkin}: once a day in the group's zone, with a streak bonus.
 * An accepted check-in publishes {@link MemberCheckedIn} for the group's activity statistics.
 */
@Component
class CheckInCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("checkin")
            .keyword("签到", "打卡")
            .role(Role.GUEST)
            .scope(Scope.GROUP_ONLY)
            .help("在群里发「签到」或 /checkin，每天一次，连续签到有额外积分",
                    "say 签到 or /checkin in a group, once a day; consecutive days earn a bonus")
            .build();

    private final PointsLedger ledger;
    private final GroupRefs refs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInCommand(PointsLedger ledger, GroupRefs refs, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.refs = refs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group group = refs.target(context, args);
        String member = context.actorId();
        CheckInResult result = ledger.checkIn(group.id(), group.zone(), member);
        if (result.accepted()) {
            events.publishEvent(new MemberCheckedIn(group.id(), member, clock.instant()));
        }
        return Reply.of("community/points/checked-in", "member", member, "accepted", result.accepted(),
                "streak", result.streak(), "awarded", result.awarded(), "total", result.total());
    }
}
