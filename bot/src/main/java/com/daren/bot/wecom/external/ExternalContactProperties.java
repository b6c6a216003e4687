package com.daren.bot.wecom.external;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * Outreach through WeCom customer contact ({@code daren.wecom.external.*}): the per-customer cap on company
 * messages, and how the bot follows a mass-send task until the employee confirms it.
 *
 * @param capPerCustomer company messages one customer may receive per {@code capPeriod}; 0 means "as many as the
 *                       period has days" (WeCom's current rule is 0 per P1M; the older one 4 per P1M)
 * @param capPeriod      P1D, P7D (weeks start on Monday), P1M (calendar months) …; days only or months only
 * @param zone           where periods start (WeCom counts in China time)
 * @param firstPollAfter when the bot first asks WeCom whether the employee confirmed a task
 * @param pollEvery      how often it asks again while the task waits
 * @param remindEvery    how long a task may wait before its owner is reminded (and between reminders)
 * @param maxReminders   at most this many reminders per task
 * @param expireAfter    an unconfirmed task is given up (and its owner told) after this long
 * @param keepFinished   how long a finished task's record stays in Redis
 */
@Validated
@ConfigurationProperties("daren.wecom.external")
record ExternalContactProperties(@Min(0) @DefaultValue("1") int capPerCustomer,
                                 @NotNull @DefaultValue("P1D") Period capPeriod,
                                 @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
                                 @NotNull @DefaultValue("PT10M") Duration firstPollAfter,
                                 @NotNull @DefaultValue("PT30M") Duration pollEvery,
                                 @NotNull @DefaultValue("PT4H") Duration remindEvery,
                                 @Min(0) @DefaultValue("3") int maxReminders,
                                 @NotNull @DefaultValue("P3D") Duration expireAfter,
                                 @NotNull @DefaultValue("P30D") Duration keepFinished) {

    @AssertTrue(message = "cap-period must be whole days (P1D, P7D) or whole months (P1M), e.g. P1D")
    public boolean isCapPeriodUsable() {
        return capPeriod == null || CapPeriod.isUsable(capPeriod);
    }

    @AssertTrue(message = "poll-every and remind-every must be positive")
    public boolean isPollingPositive() {
        return pollEvery == null || remindEvery == null || (!pollEvery.isNegative() && !pollEvery.isZero() && !remindEvery.isNegative() && !remindEvery.isZero());
    }

    CapPeriod cap() {
        return new CapPeriod(capPeriod, capPerCustomer, zone);
    }
}
