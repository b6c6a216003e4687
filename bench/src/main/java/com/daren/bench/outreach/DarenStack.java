package com.daren.bench.outreach;

import com.daren.crm.InfluencerStore;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.OutreachLimits;
import com.daren.outreach.OutreachSettings;
import com.daren.outreach.SequenceCatalog;
import com.daren.scheduler.DueWork;
import com.daren.scheduler.DueWorkJob;
import com.daren.scheduler.DueWorkRunner;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a Daren instance starts for outreach, built the way the bot's Spring configuration builds it (SchedulerConfiguration,
 * OutreachConfiguration) but without Spring: its own Lettuce connection, the stores, the dispatcher, the
 * {@link DueWorkRunner} with N workers, and a Quartz scheduler (RAMJobStore, 4 threads) firing the real
 * {@link DueWorkJob} every tick. Nothing is read per pending step at start-up: Redis already says what is due.
 */
final class DarenStack implements AutoCloseable {

    /** The shipped {@code daren.scheduler.lease}. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final TimedRunner runner;
    private final Scheduler quartz;
    private final AtomicInteger alerts;
    /** Wall-clock ms when start() was called and when the tick scheduler was running. */
    final long startedAtMs;
    final long readyAtMs;

    private DarenStack(LettuceConnectionFactory connections, StringRedisTemplate redis, TimedRunner runner,
                       Scheduler quartz, AtomicInteger alerts, long startedAtMs, long readyAtMs) {
        this.connections = connections;
        this.redis = redis;
        this.runner = runner;
        this.quartz = quartz;
        this.alerts = alerts;
        this.startedAtMs = startedAtMs;
        this.readyAtMs = readyAtMs;
    }

    static DarenStack start(int redisPort, String weChatBaseUrl, OutreachSettings settings, SequenceCatalog sequences,
                            MessageTemplates templates, int workers, Duration tick) {
        long started = System.currentTimeMillis();
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", redisPort));
        connections.afterPropertiesSet();
        connections.start();
        StringRedisTemplate redis = new StringRedisTemplate(connections);
        redis.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping());
        Clock clock = Clock.systemUTC();
        DueQueue queue = new DueQueue(redis);
        EnrollmentStore enrollments = new EnrollmentStore(redis);
        AtomicInteger alerts = new AtomicInteger();
        OutreachDispatcher dispatcher = new OutreachDispatcher(enrollments, new InfluencerStore(redis, clock), sequences,
                WeComApp.delivery(WeComApp.client(weChatBaseUrl)), templates, (operator, text) -> alerts.incrementAndGet(),
                queue, new OutreachLimits(redis, settings), settings, clock);
        DueWork outreach = new DueWork() {
            @Override
            public String queue() {
                return EnrollmentStore.QUEUE;
            }

            @Override
            public void handle(Claim claim) {
                dispatcher.handle(claim);
            }

            @Override
            public List<Runnable> tasks(List<Claim> batch) {
                return dispatcher.tasks(batch);
            }

            @Override
            public void recover(Claim claim) {
                dispatcher.recover(claim);
            }
        };
        TimedRunner runner = new TimedRunner(queue, List.of(outreach), clock, LEASE, workers);
        try {
            Properties p = new Properties();
            p.setProperty("org.quartz.scheduler.instanceName", "daren-bench-" + INSTANCES.incrementAndGet());
            p.setProperty("org.quartz.threadPool.threadCount", "4");
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            Scheduler quartz = new StdSchedulerFactory(p).getScheduler();
            quartz.setJobFactory((bundle, scheduler) -> new DueWorkJob(runner));
            JobDetail job = JobBuilder.newJob(DueWorkJob.class).withIdentity("due-work").storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity("due-work-every-tick")
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(tick.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .startNow().build();
            quartz.scheduleJob(job, trigger);
            quartz.start();
            return new DarenStack(connections, redis, runner, quartz, alerts, started, System.currentTimeMillis());
        } catch (SchedulerException e) {
            runner.close();
            connections.destroy();
            throw new IllegalStateException("could not start the tick scheduler", e);
        }
    }

    StringRedisTemplate redis() {
        return redis;
    }

    int alerts() {
        return alerts.get();
    }

    /** Wall-clock ms when the first tick finished (its claim ran against the full queue); 0 before. */
    long firstTickDoneAtMs() {
        return runner.firstTickDone.get();
    }

    int ticks() {
        return runner.ticks.get();
    }

    @Override
    public void close() {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        } finally {
            runner.close();
            connections.destroy();
        }
    }

    /** The real runner; only notes when its first tick was done and how many ran. */
    private static final class TimedRunner extends DueWorkRunner {
        final AtomicLong firstTickDone = new AtomicLong();
        final AtomicInteger ticks = new AtomicInteger();

        TimedRunner(DueQueue queue, List<DueWork> work, Clock clock, Duration lease, int threads) {
            super(queue, work, clock, lease, threads);
        }

        @Override
        public int tick() {
            int handled = super.tick();
            ticks.incrementAndGet();
            firstTickDone.compareAndSet(0, System.currentTimeMillis());
            return handled;
        }
    }

    /** Items of the outreach queue waiting, and leased by a dispatcher. */
    static long[] queueSizes(StringRedisTemplate redis) {
        DueQueue q = new DueQueue(redis);
        return new long[] {q.waiting(EnrollmentStore.QUEUE), q.leased(EnrollmentStore.QUEUE)};
    }
}
