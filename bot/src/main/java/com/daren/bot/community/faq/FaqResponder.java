package com.daren.bot.community.faq;

import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.channel.InboundMessage;
import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupPoster;
import com.daren.community.faq.FaqBook;
import com.daren.community.faq.FaqEntry;
import com.daren.community.faq.FaqStore;
import com.daren.template.MessageTemplates;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a common question asked in a group, once per cool-down per question: a shipped default from its template,
 * a group's own entry with the text the operator gave (never evaluated as a template). Team members' messages are
 * not answered: they are the ones who know.
 */
@Component
public class FaqResponder {

    private final FaqStore store;
    private final FaqBook book;
    private final GroupPoster poster;
    private final MessageTemplates templates;
    private final OperatorDirectory team;

    FaqResponder(FaqStore store, FaqBook book, GroupPoster poster, MessageTemplates templates, OperatorDirectory team) {
        this.store = store;
        this.book = book;
        this.poster = poster;
        this.templates = templates;
        this.team = team;
    }

    /** True when the message asked a question and it was answered now. */
    public boolean answer(Group group, InboundMessage message) {
        if (team.roleOf(message.senderId()).atLeast(Role.VIEWER)) {
            return false;
        }
        Optional<FaqEntry> entry = book.match(message.text(), store.entries(group.id()));
        if (entry.isEmpty() || !store.claimAnswer(group.id(), entry.get().id())) {
            return false;
        }
        FaqEntry e = entry.get();
        Lang lang = Lang.forMessage(message.text(), Lang.ZH);
        String text = e.template() != null
                ? templates.render(e.template(), lang, Map.of("member", message.senderId(), "group", group.name()))
                : e.answer();
        poster.postLater(group, List.of(message.senderId()), text);
        return true;
    }
}
