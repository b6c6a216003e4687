package com.daren.bot.community.moderation;

import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.community.moderation.ModerationAction;
import com.daren.community.moderation.ModerationLedger;
import com.daren.community.moderation.ModerationRecord;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Report section: moderation in the period, per group with any: catches, how many reached the owner, and the
 * members the owner was asked to remove (the one thing an operator must act on by hand).
 */
@Component
class ModerationReportSection implements ReportSection {

    private final GroupStore groups;
    private final ModerationLedger ledger;

    ModerationReportSection(GroupStore groups, ModerationLedger ledger) {
        this.groups = groups;
        this.ledger = ledger;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        List<String> lines = new ArrayList<>();
        for (Group g : groups.list()) {
            List<ModerationRecord> inPeriod = ledger.recent(g.id(), null, Integer.MAX_VALUE).stream()
                    .filter(r -> r.at().isAfter(period.from()) && !r.at().isAfter(period.to())).toList();
            if (inPeriod.isEmpty()) {
                continue;
            }
            long toOwner = inPeriod.stream().filter(r -> r.action().notifiesOwner()).count();
            List<String> removal = inPeriod.stream().filter(r -> r.action() == ModerationAction.ASK_OWNER_TO_REMOVE)
                    .map(ModerationRecord::member).distinct().toList();
            StringBuilder line = new StringBuilder(g.name()).append(lang == Lang.ZH
                    ? "：拦截 " + inPeriod.size() + " 条，通知群主 " + toOwner + " 次"
                    : ": " + inPeriod.size() + " caught, owner told " + toOwner + " times");
            if (!removal.isEmpty()) {
                line.append(lang == Lang.ZH ? "，待移出：" : ", to remove: ").append(String.join(", ", removal));
            }
            lines.add(line.toString());
        }
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new Section(lang == Lang.ZH ? "社群管理" : "Moderation", lines));
    }
}
