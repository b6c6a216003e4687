package com.daren.bench.outreach;

import com.daren.command.Lang;
import com.daren.crm.Platform;
import com.daren.template.MessageTemplates;
import me.chanjar.weixin.cp.api.WxCpService;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import java.lang.management.ManagementFactory;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: the textbook way to time per-influencer sends with Quartz. One trigger per pending step, each with
 * its own {@link JobDetail} ({@code scheduleJob(job, trigger)}), in a RAMJobStore with a thread pool as
 * large as Daren's worker pool; each job renders the same template and makes the same WxJava send. Nothing survives a
 * restart, so every pending step must be scheduled again at start-up: that scheduling is its start-up cost.
 */
final class QuartzBaseline implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Scheduler quartz;
    private final AtomicInteger failures = new AtomicInteger();

    QuartzBaseline(int threads, WxCpService cp, MessageTemplates templates, String template) {
        try {
            Properties p = new Properties();
            p.setProperty("org.quartz.scheduler.instanceName", "baseline-" + INSTANCES.incrementAndGet());
            p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            quartz = new StdSchedulerFactory(p).getScheduler();
            quartz.setJobFactory((bundle, scheduler) -> new SendJob(cp, templates, template, failures));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One job and one trigger for the step of influencer {@code handle}, firing at {@code dueMs}. */
    void schedule(String handle, String name, String owner, long dueMs) {
        JobDataMap data = new JobDataMap();
        data.put("to", handle);
        data.put("name", name);
        data.put("owner", owner);
        JobDetail job = JobBuilder.newJob(SendJob.class).withIdentity(handle, "outreach").usingJobData(data).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(handle, "outreach").startAt(new Date(dueMs))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()).build();
        try {
            quartz.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        try {
            quartz.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    int failures() {
        return failures.get();
    }

    @Override
    public void close() {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Heap in use after a full collection (twice, settled), in bytes. */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            CpuTime.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Renders the step's message and sends it; what Daren's dispatcher does between its state changes. */
    public static final class SendJob implements Job {
        private final WxCpService cp;
        private final MessageTemplates templates;
        private final String template;
        private final AtomicInteger failures;

        SendJob(WxCpService cp, MessageTemplates templates, String template, AtomicInteger failures) {
            this.cp = cp;
            this.templates = templates;
            this.template = template;
            this.failures = failures;
        }

        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            String handle = data.getString("to");
            String text = templates.render(template, Lang.ZH, Map.of("name", data.getString("name"), "handle", handle,
                    "platform", Platform.XIAOHONGSHU.zh(), "owner", data.getString("owner"), "variant", "",
                    "tags", List.of("美妆")));
            try {
                WeComApp.send(cp, handle, text);
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
    }
}
