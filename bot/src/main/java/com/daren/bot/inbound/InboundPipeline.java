package com.daren.bot.inbound;

import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.channel.OutboundMessage;
import com.daren.command.CommandDispatcher;
import com.daren.command.Lang;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.template.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Every inbound message from every channel, after authentication and parsing, goes through here:
 * de-duplicate and remember when the sender last wrote (one Redis round trip) → route (command / anything else)
 * → the answers.
 * It never sends: the channel decides whether an answer goes back passively or through the API.
 */
@Component
public class InboundPipeline {

    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    private final InboundDeduplicator deduplicator;
    private final CommandDispatcher commands;
    private final OperatorDirectory operators;
    private final MessageTemplates templates;
    private final ApplicationEventPublisher events;
    private final InfluencerStore influencers;

    InboundPipeline(InboundDeduplicator deduplicator, CommandDispatcher commands, OperatorDirectory operators,
                    MessageTemplates templates, ApplicationEventPublisher events,
                    InfluencerStore influencers) {
        this.influencers = influencers;
        this.deduplicator = deduplicator;
        this.commands = commands;
        this.operators = operators;
        this.templates = templates;
        this.events = events;
    }

    /** Recognises an influencer by the WeChat identity linked to their record (/daren set wecom=… openid=… sim=…). */
    private String influencerId(InboundMessage message) {
        return influencers.findByIdentity(message.channel().id(), message.senderId()).map(Influencer::id).orElse(null);
    }

    /** The answers to send back into the message's conversation; empty for a repeated delivery. */
    public List<OutboundMessage> process(InboundMessage message) {
        if (!deduplicator.firstDelivery(message)) {
            log.debug("dropped repeated delivery {} on {}", message.dedupKey(), message.channel());
            return List.of();
        }
        try {
            return route(message);
        } catch (RuntimeException e) {
            // Failed before answering (e.g. a Redis blip): WeChat's retry of this message must not be dropped.
            deduplicator.forget(message);
            throw e;
        }
    }

    private List<OutboundMessage> route(InboundMessage message) {
        if (message.isEvent()) {
            events.publishEvent(new MessageReceived(message, influencerId(message)));
            return List.of();
        }
        var answer = commands.dispatch(message);
        if (answer.isPresent()) {
            return List.of(message.answer(answer.get()));
        }
        events.publishEvent(new MessageReceived(message, influencerId(message)));
        if (message.chatKind() == ChatKind.DIRECT && operators.roleOf(message.senderId()).atLeast(Role.VIEWER)) {
            Lang lang = Lang.forMessage(message.text(), operators.find(message.senderId())
                    .map(com.daren.access.Operator::lang).orElse(Lang.ZH));
            return List.of(message.answer(templates.render("command/hint", lang, Map.of())));
        }
        return List.of();
    }
}
