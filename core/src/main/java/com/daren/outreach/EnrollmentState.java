package com.daren.outreach;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where an enrolment stands, with the one table of allowed moves; the verb methods on {@link Enrollment} use it. */
public enum EnrollmentState {
    ACTIVE("进行中"),
    PAUSED("已暂停"),
    /** A manual step (e.g. send samples) waits for the owner's {@code /seq done}. */
    WAITING_MANUAL("等待人工"),
    REPLIED("已回复"),
    /** Ran out of steps without an answer. */
    COMPLETED("已结束"),
    STOPPED("已停止"),
    OPTED_OUT("已退订");

    private static final Set<EnrollmentState> ENDINGS = EnumSet.of(REPLIED, COMPLETED, STOPPED, OPTED_OUT);
    private static final Map<EnrollmentState, Set<EnrollmentState>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(PAUSED, WAITING_MANUAL, REPLIED, COMPLETED, STOPPED, OPTED_OUT),
            PAUSED, EnumSet.of(ACTIVE, REPLIED, STOPPED, OPTED_OUT),
            WAITING_MANUAL, EnumSet.of(ACTIVE, PAUSED, REPLIED, STOPPED, OPTED_OUT),
            REPLIED, EnumSet.noneOf(EnrollmentState.class),
            COMPLETED, EnumSet.noneOf(EnrollmentState.class),
            STOPPED, EnumSet.noneOf(EnrollmentState.class),
            OPTED_OUT, EnumSet.noneOf(EnrollmentState.class));

    private final String zh;

    EnrollmentState(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(EnrollmentState next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean ended() {
        return ENDINGS.contains(this);
    }
}
