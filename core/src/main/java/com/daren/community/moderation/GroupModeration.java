package com.daren.community.moderation;

import com.daren.access.OperatorDirectory;
import com.daren.access.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Screens a group message from someone outside the team and decides how far to escalate: team members (any role in
 * the roster) are exempt. Sending the warning and notices is the caller's job.
 */
public final class GroupModeration {

    private final BannedWordStore words;
    private final Screening screening;
    private final ModerationLedger ledger;
    private final OperatorDirectory team;
    private final ModerationSettings settings;
    private final Clock clock;

    public GroupModeration(BannedWordStore words, Screening screening, ModerationLedger ledger, OperatorDirectory team,
                           ModerationSettings settings, Clock clock) {
        this.words = words;
        this.screening = screening;
        this.ledger = ledger;
        this.team = team;
        this.settings = settings;
        this.clock = clock;
    }

    /** Screening alone, without Redis writes: what the benchmark measures and what a dry run would show. */
    public Optional<Violation> screen(String group, String text) {
        return screening.screen(text, words.matcher(BannedWordStore.GLOBAL), words.matcher(group));
    }

    /** The decision for a message, already counted and logged; empty when it breaks no rule or comes from the team. */
    public Optional<Decision> review(String group, String member, String text) {
        if (team.roleOf(member).atLeast(Role.VIEWER)) {
            return Optional.empty();
        }
        Optional<Violation> violation = screen(group, text);
        if (violation.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int strikes = ledger.strike(group, member, now, settings.strikeWindow());
        ModerationAction action = settings.actionAt(strikes);
        Violation v = violation.get();
        ledger.log(group, new ModerationRecord(now, member, v.kind(), v.rule(), strikes, action, v.excerpt(), abbreviate(text)));
        return Optional.of(new Decision(v, strikes, action));
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    /** @param strikes the member's strikes in the window, this one included */
    public record Decision(Violation violation, int strikes, ModerationAction action) {
    }
}
