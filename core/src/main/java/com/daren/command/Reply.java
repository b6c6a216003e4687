package com.daren.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a template under templates/ and its model. Handlers never send anything themselves.
 *
 * @param auditDetail what a mutating command changed (before → after), for the audit log; may be null
 */
public record Reply(String template, Map<String, Object> model, String auditDetail) {

    public Reply {
        model = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    public Reply(String template, Map<String, Object> model) {
        this(template, model, null);
    }

    public Reply withAudit(String detail) {
        return new Reply(template, model, detail);
    }

    /** {@code Reply.of("crm/added", "name", name, "tier", tier)}. */
    public static Reply of(String template, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Reply(template, model);
    }
}
