package com.daren.bot.brief;

import com.daren.brief.BriefAlerts;
import com.daren.brief.BriefComposer;
import com.daren.brief.BriefDelivery;
import com.daren.brief.BriefDispatcher;
import com.daren.brief.BriefGroups;
import com.daren.brief.BriefPool;
import com.daren.brief.BriefStore;
import com.daren.brief.FeedReader;
import com.daren.brief.FeedRound;
import com.daren.brief.GroupAgenda;
import com.daren.community.GroupBound;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Wires core's brief engine to Redis, the group model, the channels and the timer (queues brief, brief-fetch). */
@Configuration(proxyBeanMethods = false)
class BriefConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BriefConfiguration.class);

    @Bean
    BriefStore briefStore(StringRedisTemplate redis) {
        return new BriefStore(redis);
    }

    @Bean
    BriefGroups briefGroups(GroupStore groups, BriefStore store, BriefProperties properties) {
        return new BriefGroups(groups, store, properties.settings());
    }

    @Bean(destroyMethod = "close")
    FeedRound feedRound(BriefStore store, DueQueue queue, BriefProperties properties, Clock clock) {
        FeedReader reader = new FeedReader(properties.fetchTimeout(), properties.maxFeedBytes().toBytes(),
                properties.maxItemsPerFeed(), clock);
        return new FeedRound(store, reader, queue, properties.settings(), clock);
    }

    @Bean
    BriefComposer briefComposer(BriefStore store, GroupAgenda agenda, MessageTemplates templates,
                                BriefProperties properties, Clock clock) {
        return new BriefComposer(new BriefPool(store, properties.settings(), clock), store, agenda, templates,
                properties.settings());
    }

    @Bean
    BriefDispatcher briefDispatcher(BriefStore store, BriefGroups groups, BriefComposer composer, GroupStore groupStore,
                                    GroupPoster poster, OperatorAlerts alerts, MessageTemplates templates,
                                    DueQueue queue, BriefProperties properties, Clock clock) {
        BriefDelivery delivery = new GroupPosterDelivery(groupStore, poster);
        BriefAlerts toOwner = alerts::alert;
        return new BriefDispatcher(store, groups, composer, delivery, toOwner, templates, queue, properties.settings(), clock);
    }

    @Bean
    DueWork briefDueWork(BriefDispatcher dispatcher) {
        return DueWork.of(BriefDispatcher.QUEUE, dispatcher::handle, dispatcher::recover);
    }

    @Bean
    DueWork briefFetchDueWork(FeedRound round) {
        // One fetch round at a time: a round already fetches every source concurrently.
        return DueWork.of(FeedRound.QUEUE, 1, round::handle, round::recover);
    }
    /** Start-up: a fetch round is scheduled, and every active group has its next brief waiting. */
    @Bean
    BriefStartup briefStartup(FeedRound round, BriefDispatcher dispatcher, BriefGroups groups) {
        return new BriefStartup(round, dispatcher, groups);
    }

    record BriefStartup(FeedRound round, BriefDispatcher dispatcher, BriefGroups groups) {

        @EventListener(ApplicationReadyEvent.class)
        public void ready() {
            try {
                round.ensureScheduled();
                int added = dispatcher.ensureScheduled(groups.all());
                if (added > 0) {
                    log.info("scheduled the next brief of {} group(s)", added);
                }
            } catch (RuntimeException e) {
                log.error("could not check the brief schedule at start-up; groups get it when next configured", e);
            }
        }

        /** A group just bound gets the brief by default. */
        @EventListener
        public void bound(GroupBound event) {
            groups.get(event.groupId()).ifPresent(dispatcher::schedule);
        }
    }
}
