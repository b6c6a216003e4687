package com.daren.scheduler;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Registers one Quartz cron trigger per configured job once the application is up, then runs what a restart at the
 * scheduled minute missed. Quartz's own misfire handling is off (DO_NOTHING): catch-up goes through the same
 * once-per-firing claim as every firing.
 */
public class CronRegistrar {

    private final Scheduler scheduler;
    private final CronDispatcher dispatcher;

    public CronRegistrar(Scheduler scheduler, CronDispatcher dispatcher) {
        this.scheduler = scheduler;
        this.dispatcher = dispatcher;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() throws SchedulerException {
        for (var entry : dispatcher.configured().entrySet()) {
            String name = entry.getKey();
            JobDetail job = JobBuilder.newJob(CronFiring.class).withIdentity(jobKey(name))
                    .usingJobData(CronFiring.NAME, name).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity(triggerKey(name))
                    .withSchedule(CronScheduleBuilder.cronSchedule(entry.getValue().cron())
                            .inTimeZone(TimeZone.getTimeZone(entry.getValue().zone()))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            scheduler.addJob(job, true);
            if (scheduler.checkExists(trigger.getKey())) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            } else {
                scheduler.scheduleJob(trigger);
            }
        }
        dispatcher.catchUp();
    }

    /** When Quartz will next fire the job on this instance. */
    public Optional<Instant> nextFire(String name) {
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(name));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    private static JobKey jobKey(String name) {
        return JobKey.jobKey("cron-" + name);
    }

    private static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey("cron-" + name);
    }
}
