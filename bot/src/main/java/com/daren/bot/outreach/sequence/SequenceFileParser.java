package com.daren.bot.outreach.sequence;

import com.daren.outreach.SendWindow;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static com.daren.bot.outreach.sequence.MappingReader.line;
import static com.daren.bot.outreach.sequence.MappingReader.text;

/** Reads one {@code sequences/*.yml} file (format: config/sequences/first-contact.yml) into a SequenceDefinition. */
final class SequenceFileParser {

    static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");
    private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private static final List<String> FILE_KEYS = List.of("name", "description", "window", "steps", "final");
    private static final List<String> WINDOW_KEYS = List.of("start", "end", "zone", "weekends", "all-day");
    private static final List<String> STEP_KEYS = List.of("name", "delay", "business-days", "channel", "template",
            "variants", "fallback", "manual");
    private static final List<String> VARIANT_KEYS = List.of("name", "template", "weight");
    private static final List<String> FINAL_KEYS = List.of("after", "action");

    private final TemplateProbe templates;

    SequenceFileParser(TemplateProbe templates) {
        this.templates = templates;
    }

    /** A parsed file and the line of its name, for a duplicate-name message. */
    record Parsed(SequenceDefinition sequence, int nameLine) {
    }

    Parsed parse(String source, Reader reader) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidSequenceException(source, mark == null ? 1 : mark.getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidSequenceException(source, 1, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidSequenceException(source, 1, "the file is empty; a sequence needs a name and steps");
        }
        MappingReader file = MappingReader.open(source, "", root, FILE_KEYS, "a mapping with name, steps …");
        ScalarNode nameNode = file.requiredScalar("name", " such as first-contact");
        String name = text(nameNode);
        if (!NAME.matcher(name).matches()) {
            throw file.fail(nameNode, "\"name\" must be lower-case letters, digits and '-' (was \"" + name + "\")");
        }
        String description = file.scalar("description").map(MappingReader::text).orElse("");
        SendWindow window = file.value("window")
                .map(n -> window(MappingReader.open(source, "window", n, WINDOW_KEYS, "a mapping (start, end, zone …)")))
                .orElse(SendWindow.DEFAULT);
        SequenceNode stepNodes = file.list("steps", "a list of steps").orElseThrow(() -> file.fail(
                "the file needs \"steps\", a list with at least one step"));
        if (stepNodes.getValue().isEmpty()) {
            throw file.fail(stepNodes, "\"steps\" must list at least one step");
        }
        List<StepDefinition> steps = new ArrayList<>();
        Set<String> stepNames = new HashSet<>();
        for (Node stepNode : stepNodes.getValue()) {
            int index = steps.size();
            MappingReader step = MappingReader.open(source, "step " + (index + 1), stepNode, STEP_KEYS,
                    "a mapping (name, delay, template …)");
            StepDefinition parsed = step(step, index);
            if (!stepNames.add(parsed.name())) {
                throw step.fail(step.value("name").orElseThrow(), step.label() + " is named \"" + parsed.name()
                        + "\" like an earlier step; step names must be unique in a sequence");
            }
            steps.add(parsed);
        }
        Duration after = Duration.ZERO;
        SequenceDefinition.FinalAction action = SequenceDefinition.FinalAction.NONE;
        if (file.has("final")) {
            MappingReader fin = MappingReader.open(source, "final", file.value("final").orElseThrow(), FINAL_KEYS,
                    "a mapping (after, action)");
            after = duration(fin, "after", fin.requiredScalar("after", " such as P7D"));
            ScalarNode actionNode = fin.requiredScalar("action", ": mark_unresponsive or none");
            action = switch (text(actionNode).toLowerCase(Locale.ROOT).replace('-', '_')) {
                case "mark_unresponsive" -> SequenceDefinition.FinalAction.MARK_UNRESPONSIVE;
                case "none" -> SequenceDefinition.FinalAction.NONE;
                default -> throw fin.fail(actionNode, fin.key("action") + " must be mark_unresponsive or none (was \""
                        + text(actionNode) + "\")");
            };
        }
        return new Parsed(new SequenceDefinition(name, description, steps, window, after, action, source),
                line(nameNode));
    }

    private StepDefinition step(MappingReader step, int index) {
        String name = text(step.requiredScalar("name", " such as intro"));
        if (name.isEmpty()) {
            throw step.fail(step.value("name").orElseThrow(), step.key("name") + " must not be empty");
        }
        boolean manual = step.bool("manual").orElse(false);
        if (step.has("delay") && step.has("business-days")) {
            throw step.fail(step.keyNode("business-days"), step.label()
                    + " has both \"delay\" and \"business-days\"; give one of them");
        }
        if (!step.has("delay") && !step.has("business-days")) {
            throw step.fail(step.label() + " needs \"delay\" (such as P3D) or \"business-days\" (such as 2)");
        }
        Duration delay = step.scalar("delay").map(n -> duration(step, "delay", n)).orElse(Duration.ZERO);
        Integer businessDays = step.scalar("business-days").map(n -> number(step, "business-days", n, 0)).orElse(null);
        if (manual) {
            for (String key : List.of("channel", "variants", "fallback")) {
                if (step.has(key)) {
                    throw step.fail(step.keyNode(key), step.label() + " is manual (a task for the owner, who is"
                            + " reminded with its template); \"" + key + "\" does not apply to it");
                }
            }
        }
        StepChannel channel = step.scalar("channel").map(n -> StepChannel.parse(text(n)).orElseThrow(() ->
                step.fail(n, step.key("channel") + " must be one of primary, second, wecom_external, mp, sim (was \""
                        + text(n) + "\")"))).orElse(StepChannel.PRIMARY);
        StepDefinition.Fallback fallback = step.scalar("fallback").map(n -> fallback(step, n))
                .orElse(StepDefinition.Fallback.WAIT);
        List<StepDefinition.Variant> variants = step.list("variants", "a list of variants (name, template, weight)")
                .map(list -> variants(step, list)).orElse(List.of());
        String template = step.scalar("template").map(n -> template(step, "template", n))
                .orElseGet(() -> {
                    if (variants.isEmpty()) {
                        throw step.fail(step.label() + " needs \"template\" such as outreach/intro");
                    }
                    return variants.get(0).template();
                });
        return new StepDefinition(index, name, delay, businessDays, channel, template, variants, manual, fallback);
    }

    private List<StepDefinition.Variant> variants(MappingReader step, SequenceNode list) {
        if (list.getValue().isEmpty()) {
            throw step.fail(list, step.key("variants") + " must list at least one variant, or be left out");
        }
        List<StepDefinition.Variant> variants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node node : list.getValue()) {
            MappingReader v = MappingReader.open(step.source(), step.label() + " variant " + (variants.size() + 1),
                    node, VARIANT_KEYS, "a mapping (name, template, weight)");
            ScalarNode nameNode = v.requiredScalar("name", " such as A");
            String name = text(nameNode);
            if (!VARIANT.matcher(name).matches()) {
                throw v.fail(nameNode, v.key("name") + " must be letters, digits, '-' or '_' (was \"" + name + "\")");
            }
            if (!names.add(name)) {
                throw v.fail(nameNode, v.label() + " is named \"" + name + "\" like an earlier variant of the step");
            }
            String template = template(v, "template", v.requiredScalar("template", " such as outreach/intro"));
            int weight = number(v, "weight", v.requiredScalar("weight", " above 0, such as 50"), 1);
            variants.add(new StepDefinition.Variant(name, template, weight));
        }
        return variants;
    }

    private SendWindow window(MappingReader w) {
        ZoneId zone = w.scalar("zone").map(n -> {
            try {
                return ZoneId.of(text(n));
            } catch (DateTimeException e) {
                throw w.fail(n, w.key("zone") + " must be a time zone such as Asia/Shanghai (was \"" + text(n) + "\")");
            }
        }).orElse(SendWindow.DEFAULT.zone());
        if (w.bool("all-day").orElse(false)) {
            for (String key : List.of("start", "end", "weekends")) {
                if (w.has(key)) {
                    throw w.fail(w.keyNode(key), w.key(key) + " has no meaning with all-day: true"
                            + " (an all-day window is open around the clock, every day)");
                }
            }
            return new SendWindow(SendWindow.ALWAYS.start(), SendWindow.ALWAYS.end(), zone, true, true);
        }
        LocalTime start = w.scalar("start").map(n -> time(w, "start", n)).orElse(SendWindow.DEFAULT.start());
        LocalTime end = w.scalar("end").map(n -> time(w, "end", n)).orElse(SendWindow.DEFAULT.end());
        if (!start.isBefore(end)) {
            Node at = w.value("end").or(() -> w.value("start")).orElse(null);
            throw at == null ? w.fail("window start must be before its end")
                    : w.fail(at, "window \"start\" (" + start + ") must be before \"end\" (" + end
                    + "); for a window open around the clock write all-day: true");
        }
        return new SendWindow(start, end, zone, w.bool("weekends").orElse(false), false);
    }

    private String template(MappingReader m, String key, ScalarNode node) {
        String name = text(node);
        if (!TEMPLATE.matcher(name).matches()) {
            throw m.fail(node, m.key(key) + " must be a template name such as outreach/intro, without .ftl (was \""
                    + name + "\")");
        }
        templates.problem(name).ifPresent(problem -> {
            throw m.fail(node, m.key(key) + " " + name + " " + problem);
        });
        return name;
    }

    private static Duration duration(MappingReader m, String key, ScalarNode node) {
        Duration d;
        try {
            d = Duration.parse(text(node));
        } catch (DateTimeParseException e) {
            throw m.fail(node, m.key(key) + " must be an ISO-8601 duration such as P3D or PT30S (was \"" + text(node) + "\")");
        }
        if (d.isNegative()) {
            throw m.fail(node, m.key(key) + " must not be negative (was \"" + text(node) + "\")");
        }
        return d;
    }

    private static int number(MappingReader m, String key, ScalarNode node, int min) {
        try {
            int n = Integer.parseInt(text(node));
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw m.fail(node, m.key(key) + " must be a whole number of at least " + min + " (was \"" + text(node) + "\")");
    }

    private static LocalTime time(MappingReader m, String key, ScalarNode node) {
        try {
            return LocalTime.parse(text(node), TIME);
        } catch (DateTimeParseException e) {
            throw m.fail(node, m.key(key) + " must be a time HH:mm such as 09:30 (was \"" + text(node) + "\")");
        }
    }

    private static StepDefinition.Fallback fallback(MappingReader m, ScalarNode node) {
        try {
            return StepDefinition.Fallback.valueOf(text(node).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw m.fail(node, m.key("fallback") + " must be one of wait, other_channel, skip (was \"" + text(node) + "\")");
        }
    }
}
