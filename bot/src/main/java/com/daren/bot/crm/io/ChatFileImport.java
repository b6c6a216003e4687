package com.daren.bot.crm.io;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.channel.Channel;
import com.daren.command.Lang;
import com.daren.command.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * A file an operator sends in chat, imported under the same rule as the REST API (operators and admins only) and
 * answered with a templated summary. The simulator page's upload uses it. WeCom self-built app callbacks and
 * Official Account callbacks carry text, image, voice, video, location and link messages but no files, so on
 * those channels operators import through the REST API; a channel that does deliver files calls {@link #receive}.
 */
@Component
public class ChatFileImport {

    /** The least role that may import, wherever the file comes from. */
    public static final Role MIN_ROLE = Role.OPERATOR;

    private static final Logger log = LoggerFactory.getLogger(ChatFileImport.class);

    private final InfluencerImport importer;
    private final OperatorDirectory operators;
    private final AuditLog audit;
    private final Clock clock;

    ChatFileImport(InfluencerImport importer, OperatorDirectory operators, AuditLog audit, Clock clock) {
        this.importer = importer;
        this.operators = operators;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the sender gets back for a file.
     *
     * @param summary the import's result; empty when refused or when the file could not be imported
     * @param refusal why nothing was imported: {@code forbidden} or an {@link ImportProblem.Kind} code
     */
    public record Answer(Reply reply, Lang lang, Optional<ImportSummary> summary, Optional<String> refusal) {
    }

    public Answer receive(byte[] content, String fileName, String senderId, Channel channel) {
        Optional<Operator> operator = operators.find(senderId);
        Role role = operator.map(Operator::role).orElse(Role.GUEST);
        Lang lang = operator.map(Operator::lang).orElse(Lang.ZH);
        if (!role.atLeast(MIN_ROLE)) {
            refused(senderId, channel, fileName, role);
            return new Answer(Reply.of("command/forbidden", "command", "import",
                    "needed", MIN_ROLE.label(lang == Lang.ZH), "role", role.label(lang == Lang.ZH)),
                    lang, Optional.empty(), Optional.of("forbidden"));
        }
        try {
            ImportSummary summary = importer.importFile(content, fileName, senderId, channel.id());
            return new Answer(Reply.of("crm/io/imported", "s", summary,
                    "shown", summary.rejected().subList(0, Math.min(20, summary.rejected().size()))),
                    lang, Optional.of(summary), Optional.empty());
        } catch (ImportProblem e) {
            return new Answer(Reply.of("crm/io/import-refused", "fileName", InfluencerImport.cleanFileName(fileName),
                    "problem", e.problem().in(lang)), lang, Optional.empty(), Optional.of(e.kind().code()));
        }
    }

    private void refused(String senderId, Channel channel, String fileName, Role role) {
        try {
            audit.record(new AuditEntry(clock.instant(), senderId, channel.id(),
                    "import " + InfluencerImport.cleanFileName(fileName), "refused", "role " + role + " < " + MIN_ROLE));
        } catch (RuntimeException e) {
            log.error("audit entry for a refused import by {} could not be written", senderId, e);
        }
    }
}
