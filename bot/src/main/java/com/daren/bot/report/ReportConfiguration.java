package com.daren.bot.report;

import com.daren.report.ReportBuilder;
import com.daren.report.ReportMarks;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import com.daren.scheduler.ScheduledJob;
import com.daren.template.MessageTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The report builder over every section bean, and the two cron jobs (daren.schedules.jobs.daily-report / weekly-report). */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportMarks reportMarks(StringRedisTemplate redis) {
        return new ReportMarks(redis);
    }

    @Bean
    ReportBuilder reportBuilder(List<ReportSection> sections, MessageTemplates templates) {
        return new ReportBuilder(sections, templates);
    }

    @Bean
    ScheduledJob dailyReport(ReportSender sender) {
        return job("daily-report", ReportPeriod.Kind.DAILY, sender);
    }

    @Bean
    ScheduledJob weeklyReport(ReportSender sender) {
        return job("weekly-report", ReportPeriod.Kind.WEEKLY, sender);
    }

    private static ScheduledJob job(String name, ReportPeriod.Kind kind, ReportSender sender) {
        return new ScheduledJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run(Instant fireTime, ZoneId zone) {
                return sender.send(ReportPeriod.ending(kind, fireTime, zone, true));
            }
        };
    }
}
