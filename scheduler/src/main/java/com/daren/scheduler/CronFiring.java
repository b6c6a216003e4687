package com.daren.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's part of a cron job: hand the firing (name and scheduled time) to the dispatcher, nothing else. */
@DisallowConcurrentExecution
public class CronFiring implements Job {

    static final String NAME = "name";

    private final CronDispatcher dispatcher;

    public CronFiring(CronDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.fire(context.getMergedJobDataMap().getString(NAME), context.getScheduledFireTime().toInstant());
    }
}
