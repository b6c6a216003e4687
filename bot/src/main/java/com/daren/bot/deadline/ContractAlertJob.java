package com.daren.bot.deadline;

import com.daren.command.Lang;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.deadline.DeadlineStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.scheduler.ScheduledJob;
import com.daren.template.MessageTemplates;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Cron job {@code contract-alerts} (daily): tells the owner of every influencer whose contract ends within 30 days,
 * once per end date. A daily scan rather than a timer item per contract, because the end date is set by /daren set,
 * import and the REST API alike; a day the job did not run is caught up the next day (within the window).
 */
@Component
class ContractAlertJob implements ScheduledJob {

    private static final int PAGE = 500;

    private final InfluencerStore influencers;
    private final DeadlineStore deadlines;
    private final OperatorAlerts alerts;
    private final MessageTemplates templates;
    private final DeadlineProperties properties;

    ContractAlertJob(InfluencerStore influencers, DeadlineStore deadlines, OperatorAlerts alerts,
                     MessageTemplates templates, DeadlineProperties properties) {
        this.influencers = influencers;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "contract-alerts";
    }

    @Override
    public String run(Instant fireTime, ZoneId zone) {
        LocalDate today = fireTime.atZone(zone).toLocalDate();
        LocalDate horizon = today.plusDays(properties.contractAhead().toDays());
        int alerted = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<Influencer> page = influencers.newest(offset, PAGE);
            for (Influencer i : page) {
                LocalDate end = i.contractEnd();
                if (end == null || end.isBefore(today) || end.isAfter(horizon) || i.owner().isBlank()) {
                    continue;
                }
                if (deadlines.markContractAlerted(i.id(), end)) {
                    alerts.alert(i.owner(), templates.render("deadline/contract-alert", Lang.ZH, Map.of("handle", i.handle(),
                            "name", i.name() == null ? i.handle() : i.name(), "end", end.toString(),
                            "days", java.time.temporal.ChronoUnit.DAYS.between(today, end))));
                    alerted++;
                }
            }
            if (page.size() < PAGE) {
                return "alerted " + alerted;
            }
        }
    }
}
