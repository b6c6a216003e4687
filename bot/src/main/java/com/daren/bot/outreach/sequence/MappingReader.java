package com.daren.bot.outreach.sequence;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML mapping of a sequence file (the file itself, {@code window}, a step …), read through SnakeYAML's node
 * API so that every complaint names the line. Unknown and repeated keys are refused when it is opened: a typo
 * must never be silently ignored.
 */
final class MappingReader {

    private final String source;
    private final String label;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MappingReader(String source, String label, MappingNode node, List<String> known) {
        this.source = source;
        this.label = label;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                throw fail(keyNode, where() + "has a key that is not plain text");
            }
            if (!known.contains(key)) {
                throw fail(keyNode, where() + "has an unknown key \"" + key + "\"" + suggestion(key, known)
                        + "; known keys: " + String.join(", ", known));
            }
            if (entries.putIfAbsent(key, tuple) != null) {
                throw fail(keyNode, where() + "has \"" + key + "\" twice");
            }
        }
    }

    /**
     * @param label how messages refer to this mapping ("step 2", "window"); empty for the file itself
     * @param what  what the mapping should have been, for the message when it is something else
     */
    static MappingReader open(String source, String label, Node node, List<String> known, String what) {
        if (node instanceof MappingNode mapping) {
            return new MappingReader(source, label, mapping, known);
        }
        throw new InvalidSequenceException(source, line(node), (label.isEmpty() ? "the file" : label)
                + " must be " + what);
    }

    /** The label, or "the file" for the top level. */
    String label() {
        return label.isEmpty() ? "the file" : label;
    }

    /** How a message names a key of this mapping: {@code step 2 "delay"}. */
    String key(String key) {
        return (label.isEmpty() ? "" : label + " ") + "\"" + key + "\"";
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** A plain value; an empty value ({@code key:} or {@code ~}) reads as "". */
    Optional<ScalarNode> scalar(String key) {
        Optional<Node> value = value(key);
        if (value.isPresent() && !(value.get() instanceof ScalarNode)) {
            throw fail(value.get(), key(key) + " must be a single value, not a list or a mapping");
        }
        return value.map(ScalarNode.class::cast);
    }

    ScalarNode requiredScalar(String key, String example) {
        return scalar(key).orElseThrow(() -> fail(node, label() + " needs " + "\"" + key + "\"" + example));
    }

    Optional<SequenceNode> list(String key, String what) {
        return value(key).map(v -> {
            if (v instanceof SequenceNode sequence) {
                return sequence;
            }
            throw fail(v, key(key) + " must be " + what);
        });
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).map(n -> switch (text(n).toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw fail(n, key(key) + " must be true or false (was \"" + text(n) + "\")");
        });
    }

    InvalidSequenceException fail(Node at, String problem) {
        return new InvalidSequenceException(source, line(at), problem);
    }

    InvalidSequenceException fail(String problem) {
        return fail(node, problem);
    }

    String source() {
        return source;
    }

    static String text(ScalarNode n) {
        return Tag.NULL.equals(n.getTag()) ? "" : n.getValue().strip();
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private String where() {
        return label.isEmpty() ? "the file " : label + " ";
    }

    private static String suggestion(String key, List<String> known) {
        return known.stream().filter(k -> distance(k, key) <= 2).findFirst()
                .map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
