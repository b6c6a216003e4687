package com.daren.reminder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position in the normalized line; each part of a phrase is matched at it and, when it matches, moves it on. */
final class PhraseCursor {

    private final String text;
    private int position;

    PhraseCursor(String text) {
        this.text = text;
    }

    /** Matches {@code pattern} at the position (after blanks); on a match moves past it. */
    Optional<Matcher> take(Pattern pattern) {
        int start = skipBlanks(position);
        Matcher m = pattern.matcher(text).region(start, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        position = m.end();
        return Optional.of(m);
    }

    int position() {
        return position;
    }

    void reset(int to) {
        position = to;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }
}
