package com.daren.bot.community.moderation;

import com.daren.bot.community.faq.FaqResponder;
import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.community.moderation.GroupModeration;
import com.daren.community.moderation.ModerationAction;
import com.daren.outreach.OperatorAlerts;
import com.daren.template.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every chat message in a bound group: moderation first (a message that breaks a rule gets a warning, and the owner
 * hears of it as strikes add up), then the FAQ for messages that pass. Messages of unbound chats are left alone.
 */
@Component
public class GroupMessageRouter {

    private static final Logger log = LoggerFactory.getLogger(GroupMessageRouter.class);

    private final GroupStore groups;
    private final GroupModeration moderation;
    private final FaqResponder faq;
    private final GroupPoster poster;
    private final OperatorAlerts alerts;
    private final MessageTemplates templates;

    GroupMessageRouter(GroupStore groups, GroupModeration moderation, FaqResponder faq, GroupPoster poster,
                       OperatorAlerts alerts, MessageTemplates templates) {
        this.groups = groups;
        this.moderation = moderation;
        this.faq = faq;
        this.poster = poster;
        this.alerts = alerts;
        this.templates = templates;
    }

    @EventListener
    void on(MessageReceived received) {
        InboundMessage message = received.message();
        if (!message.inGroup() || message.isEvent() || message.text().isBlank()) {
            return;
        }
        groups.findByChat(message.channel(), message.chatId()).filter(Group::active).ifPresent(g -> route(g, message));
    }

    /** What happened to the message; public for the benchmark, which routes without the event machinery. */
    public Routed route(Group group, InboundMessage message) {
        Optional<GroupModeration.Decision> decision = moderation.review(group.id(), message.senderId(), message.text());
        if (decision.isPresent()) {
            act(group, message, decision.get());
            return Routed.MODERATED;
        }
        return faq.answer(group, message) ? Routed.ANSWERED : Routed.PASSED;
    }

    private void act(Group group, InboundMessage message, GroupModeration.Decision decision) {
        Map<String, Object> model = new HashMap<>();
        model.put("member", message.senderId());
        model.put("group", group.name());
        model.put("kindZh", decision.violation().kind().zh());
        model.put("kindEn", decision.violation().kind().en());
        model.put("excerpt", decision.violation().excerpt());
        model.put("strikes", decision.strikes());
        model.put("action", decision.action().name());
        model.put("text", message.text().length() > 300 ? message.text().substring(0, 300) + "…" : message.text());
        poster.postLater(group, List.of(message.senderId()), templates.render("community/mod/warning", Lang.ZH, model));
        if (!decision.action().notifiesOwner()) {
            return;
        }
        if (group.ownerId().isBlank()) {
            log.warn("group {} has no owner operator: moderation notice for {} not sent", group.id(), message.senderId());
            return;
        }
        String template = decision.action() == ModerationAction.ASK_OWNER_TO_REMOVE
                ? "community/mod/remove-request" : "community/mod/owner-notice";
        alerts.alert(group.ownerId(), templates.render(template, Lang.ZH, model));
    }

    /** How a group message was routed. */
    public enum Routed {
        MODERATED, ANSWERED, PASSED
    }
}
