package com.daren.bot.report;

import com.daren.access.Operator;
import com.daren.channel.DeliveryException;
import com.daren.channel.MarkdownMessenger;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import com.daren.command.Lang;
import com.daren.report.ReportBuilder;
import com.daren.report.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a report once per language and sends it to every recipient on every operator channel there is: markdown
 * where the channel renders it (WeCom app), plain text elsewhere. Runs on the timer's worker thread, inside the
 * cron job's once-per-firing item, so it sends synchronously and reports what went out.
 */
@Component
class ReportSender {

    private static final Logger log = LoggerFactory.getLogger(ReportSender.class);

    private final ReportBuilder builder;
    private final ReportRecipients recipients;
    private final List<Messenger> messengers;

    ReportSender(ReportBuilder builder, ReportRecipients recipients, List<Messenger> messengers) {
        this.builder = builder;
        this.recipients = recipients;
        this.messengers = messengers;
    }

    /** Returns a summary: "sent to 3, failed 0". */
    String send(ReportPeriod period) {
        Map<Lang, ReportBuilder.Rendered> rendered = new EnumMap<>(Lang.class);
        int sent = 0;
        int failed = 0;
        for (Operator operator : recipients.all()) {
            // Built once per language, before anything is sent: the marks it moves move once.
            ReportBuilder.Rendered report = rendered.computeIfAbsent(operator.lang(), lang -> builder.build(period, lang));
            for (Messenger messenger : messengers) {
                if (messenger.channel() == com.daren.channel.Channel.MP) {
                    continue; // Official Account followers are influencers, not operators
                }
                try {
                    if (messenger instanceof MarkdownMessenger markdown) {
                        markdown.sendMarkdown(operator.id(), report.markdown());
                    } else {
                        messenger.send(new OutboundMessage(messenger.channel(), operator.id(), null, report.plain()));
                    }
                    sent++;
                } catch (DeliveryException e) {
                    failed++;
                    log.warn("{} report to {} over {} failed: {}", period.kind().id(), operator.id(), messenger.channel(), e.getMessage());
                }
            }
        }
        if (rendered.isEmpty()) {
            builder.build(period, Lang.ZH); // no recipients: still move the marks so the next report starts from here
        }
        return "sent " + sent + (failed > 0 ? ", failed " + failed : "");
    }
}
