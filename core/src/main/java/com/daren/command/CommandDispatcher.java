package com.daren.command;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.channel.InboundMessage;
import com.daren.template.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one pipeline every command goes through: parse → look up → authorize → scope → bind arguments → handle →
 * render. Every rejection becomes a templated answer; nothing is thrown back to the channel.
 */
public final class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandRegistry registry;
    private final OperatorDirectory operators;
    private final AuditLog audit;
    private final MessageTemplates templates;
    private final Clock clock;

    public CommandDispatcher(CommandRegistry registry, OperatorDirectory operators, AuditLog audit,
                             MessageTemplates templates, Clock clock) {
        this.registry = registry;
        this.operators = operators;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
    }

    /** The answer to a command, or empty when the message is not a command. */
    public Optional<String> dispatch(InboundMessage message) {
        String text = message.text();
        Optional<CommandLine> parsed;
        try {
            parsed = CommandParser.parse(text, registry.keywords());
        } catch (CommandSyntaxException e) {
            return Optional.of(problem(text, "command/syntax", Map.of("problem", e.problem())));
        }
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(run(message, parsed.get()));
    }

    private String run(InboundMessage message, CommandLine line) {
        CommandRegistry.Lookup lookup = registry.lookup(line.words());
        if (!lookup.found()) {
            return problem(message.text(), "command/unknown",
                    Map.of("typed", lookup.typed(), "suggestions", lookup.suggestions()));
        }
        CommandSpec spec = lookup.handler().spec();
        Optional<Operator> operator = operators.find(message.senderId());
        Role role = operator.map(Operator::role).orElse(Role.GUEST);
        Lang lang = Lang.forMessage(message.text(), operator.map(Operator::lang).orElse(Lang.ZH));

        if (!role.atLeast(spec.minRole())) {
            audit(message, spec, "refused", "role " + role + " < " + spec.minRole());
            return templates.render("command/forbidden", lang, Map.of(
                    "command", spec.name(), "needed", spec.minRole().label(lang == Lang.ZH),
                    "role", role.label(lang == Lang.ZH)));
        }
        if (!spec.scope().allows(message.chatKind())) {
            return problem(message.text(), "command/wrong-scope", Map.of("command", spec.name(), "scope", spec.scope().name()));
        }
        ParsedArgs args;
        try {
            List<String> positionals = line.words().subList(lookup.wordsUsed(), line.words().size());
            args = ArgBinder.bind(spec, positionals, line.options());
        } catch (BadArgumentException e) {
            return problem(message.text(), "command/usage", Map.of("problem", e.problem(), "spec", spec));
        }
        CommandContext context = new CommandContext(message, role, operator, lang, registry, clock.instant());
        Reply reply;
        try {
            reply = lookup.handler().handle(context, args);
            if (spec.mutating()) {
                audit(message, spec, "ok", reply.auditDetail() == null ? "" : reply.auditDetail());
            }
        } catch (CommandFailure failure) {
            reply = failure.reply();
        } catch (BadArgumentException e) {
            return problem(message.text(), "command/usage", Map.of("problem", e.problem(), "spec", spec));
        } catch (RuntimeException e) {
            return failed(message, spec, lang, e);
        }
        try {
            return templates.render(reply.template(), lang, reply.model());
        } catch (RuntimeException e) {
            return failed(message, spec, lang, e);
        }
    }

    private String failed(InboundMessage message, CommandSpec spec, Lang lang, RuntimeException e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("command /{} failed (error id {}) for {}", spec.name(), errorId, message.senderId(), e);
        return templates.render("command/failed", lang, Map.of("command", spec.name(), "errorId", errorId));
    }

    /**
     * A problem with what the user typed: answered in Chinese, and in English too when the message has no Chinese
     * in it (the operator wrote English).
     */
    private String problem(String text, String template, Map<String, Object> model) {
        String zh = renderProblem(template, Lang.ZH, model);
        if (Lang.containsCjk(text)) {
            return zh;
        }
        return zh + "\n" + renderProblem(template, Lang.EN, model);
    }

    private String renderProblem(String template, Lang lang, Map<String, Object> model) {
        Map<String, Object> localized = new HashMap<>(model);
        if (model.get("problem") instanceof Text problem) {
            localized.put("problem", problem.in(lang));
        }
        if (model.get("spec") instanceof CommandSpec spec) {
            localized.remove("spec");
            localized.put("usage", spec.usage(lang));
            localized.put("command", spec.name());
        }
        return templates.render(template, lang, localized);
    }

    private void audit(InboundMessage message, CommandSpec spec, String outcome, String detail) {
        try {
            audit.record(new AuditEntry(clock.instant(), message.senderId(), message.channel().id(),
                    message.text(), outcome, detail));
        } catch (RuntimeException e) {
            log.error("audit entry for /{} by {} could not be written", spec.name(), message.senderId(), e);
        }
    }
}
