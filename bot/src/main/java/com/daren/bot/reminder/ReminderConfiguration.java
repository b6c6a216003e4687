package com.daren.bot.reminder;

import com.daren.channel.Messenger;
import com.daren.reminder.ReminderDispatcher;
import com.daren.reminder.ReminderService;
import com.daren.reminder.ReminderStore;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.DueQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.util.List;

/** Wires core's reminders to Redis, the channels and the shared timer (queue "reminder"). */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    ReminderStore reminderStore(StringRedisTemplate redis) {
        return new ReminderStore(redis);
    }

    @Bean
    ReminderService reminderService(ReminderStore store, DueQueue queue) {
        return new ReminderService(store, queue);
    }

    @Bean
    ReminderDispatcher reminderDispatcher(ReminderStore store, DueQueue queue, List<Messenger> messengers,
                                          MessageTemplates templates, Clock clock) {
        return new ReminderDispatcher(store, queue, messengers, templates, clock);
    }

    @Bean
    DueWork reminderDueWork(ReminderDispatcher dispatcher) {
        return DueWork.of(ReminderStore.QUEUE, dispatcher::handle, dispatcher::recover);
    }
}
