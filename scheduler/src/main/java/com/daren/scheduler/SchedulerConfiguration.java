package com.daren.scheduler;

import com.daren.timer.DueQueue;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Quartz wiring. Jobs keep no state of their own and Quartz uses its in-memory store: after a restart the jobs are
 * registered again and pick up what Redis says is due, so nothing is lost with the process.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer darenQuartz(SchedulerSettings settings) {
        return factory -> {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
            properties.setProperty("org.quartz.scheduler.instanceName", "daren");
            factory.setQuartzProperties(properties);
            factory.setWaitForJobsToCompleteOnShutdown(true);
        };
    }

    @Bean
    DueQueue dueQueue(StringRedisTemplate redis) {
        return new DueQueue(redis);
    }

    @Bean
    ScheduleBook scheduleBook(StringRedisTemplate redis) {
        return new ScheduleBook(redis);
    }

    @Bean
    CronDispatcher cronDispatcher(DueQueue queue, ScheduleBook book, List<ScheduledJob> jobs, ScheduleProperties properties,
                                  Clock clock) {
        return new CronDispatcher(queue, book, jobs, properties, clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "daren.scheduler.enabled", matchIfMissing = true)
    CronRegistrar cronRegistrar(Scheduler scheduler, CronDispatcher dispatcher) {
        return new CronRegistrar(scheduler, dispatcher);
    }

    @Bean
    DueWorkRunner dueWorkRunner(DueQueue queue, List<DueWork> work, Clock clock, SchedulerSettings settings) {
        return new DueWorkRunner(queue, work, clock, settings.lease(), settings.workers());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "daren.scheduler.enabled", matchIfMissing = true)
    JobDetail dueWorkJob() {
        return JobBuilder.newJob(DueWorkJob.class).withIdentity("due-work").storeDurably().build();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "daren.scheduler.enabled", matchIfMissing = true)
    Trigger dueWorkTrigger(JobDetail dueWorkJob, SchedulerSettings settings) {
        return TriggerBuilder.newTrigger().forJob(dueWorkJob).withIdentity("due-work-every-tick")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.tick().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow().build();
    }
}
