package com.daren.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The command-line options every benchmark takes the same way: {@code --name=value}, {@code --no-doc}, durations. */
public final class BenchArgs {

    private BenchArgs() {
    }

    /**
     * The defaults with {@code args} applied; {@code --no-doc} empties {@code --doc}. An unknown option or one without
     * a value is refused, naming {@code benchmark} whose javadoc lists them.
     */
    public static Map<String, String> parse(String[] args, Map<String, String> defaults, String benchmark) {
        Map<String, String> v = new LinkedHashMap<>(defaults);
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv[0].equals("--no-doc")) {
                v.put("--doc", "");
            } else if (v.containsKey(kv[0]) && kv.length == 2) {
                v.put(kv[0], kv[1]);
            } else {
                throw new IllegalArgumentException("unknown option " + arg + " (see " + benchmark + "'s javadoc)");
            }
        }
        return v;
    }

    /** The document a run rewrites its section of, or null after {@code --no-doc}. */
    public static Path doc(Map<String, String> v) {
        return v.get("--doc").isEmpty() ? null : Path.of(v.get("--doc"));
    }

    /** "10s", "500ms", "2m" or ISO-8601 ("PT10S"). */
    public static Duration duration(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        if (s.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
        }
        return Duration.parse(v.trim());
    }
}
