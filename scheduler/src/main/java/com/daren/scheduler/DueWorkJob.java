package com.daren.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's part: wake the runner. It holds no state, so after a restart it is simply registered again. */
@DisallowConcurrentExecution
public class DueWorkJob implements Job {

    private final DueWorkRunner runner;

    public DueWorkJob(DueWorkRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runner.tick();
    }
}
