package com.daren.bot.community.activity;

import java.time.LocalDate;

/** One group's local day. Interaction (what the drop alert watches) is messages plus check-ins. */
public record DayStats(LocalDate date, long messages, long activeMembers, long joins, long leaves, long checkIns) {

    public long interaction() {
        return messages + checkIns;
    }
}
