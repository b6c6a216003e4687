package com.daren.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Argument values after conversion, looked up by the names the spec declared. */
public final class ParsedArgs {

    private final Map<String, Object> values;

    ParsedArgs(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static ParsedArgs of(Map<String, Object> values) {
        return new ParsedArgs(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return (String) require(name);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public long count(String name) {
        return (Long) require(name);
    }

    public Optional<Long> optionalCount(String name) {
        return Optional.ofNullable((Long) values.get(name));
    }

    public Optional<Double> optionalRate(String name) {
        return Optional.ofNullable((Double) values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) values.getOrDefault(name, List.of());
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("argument " + name + " was not declared as required");
        }
        return value;
    }
}
