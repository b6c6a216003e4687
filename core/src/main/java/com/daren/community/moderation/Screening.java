package com.daren.community.moderation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens one group message: banned words (the group's, then the global list), ad phrases, links and mainland
 * mobile numbers. Pure and allocation-light: one fold of the text, then one automaton pass per word list and two
 * regular expressions over the loose form.
 */
public final class Screening {

    /** A URL, a www. address, or a bare domain with a common top-level domain. */
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)\\S+|(?<![\\p{L}\\p{N}.@-])[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63})*"
                    + "\\.(?:com|cn|net|org|top|xyz|cc|me|io|vip|link|shop|club|info|site|online|ly|to|co|tv|app)"
                    + "(?![\\p{L}\\p{N}])(?:/\\S*)?");
    /**
     * A mainland mobile number, optionally with +86, digits possibly split by spaces, dashes or dots (138 0013 8000),
     * not part of a longer number.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:\\+?86[\\s\\-.]{0,3})?1[3-9](?:[\\s\\-._·]{0,3}[0-9]){9}(?![0-9])");

    private final WordMatcher adPhrases;

    public Screening(WordMatcher adPhrases) {
        this.adPhrases = adPhrases;
    }

    public Optional<Violation> screen(String text, WordMatcher global, WordMatcher group) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TextFolding.Folded folded = TextFolding.fold(text);
        Optional<WordMatcher.Hit> banned = group.firstIn(folded).or(() -> global.firstIn(folded));
        if (banned.isPresent()) {
            return Optional.of(new Violation(ViolationKind.BANNED_WORD, banned.get().word(), banned.get().excerpt()));
        }
        Optional<WordMatcher.Hit> ad = adPhrases.firstIn(folded);
        if (ad.isPresent()) {
            return Optional.of(new Violation(ViolationKind.AD, ad.get().word(), ad.get().excerpt()));
        }
        // The patterns are tried only where they can match: a link has a dot, a mobile number 11 digits.
        if (folded.loose().indexOf('.') >= 0) {
            Matcher link = LINK.matcher(folded.loose());
            if (link.find()) {
                return Optional.of(new Violation(ViolationKind.LINK, "link", text.substring(link.start(), link.end())));
            }
        }
        if (digits(folded.compact()) >= 11) {
            Matcher phone = PHONE.matcher(folded.loose());
            if (phone.find()) {
                return Optional.of(new Violation(ViolationKind.PHONE, "phone", text.substring(phone.start(), phone.end())));
            }
        }
        return Optional.empty();
    }

    private static int digits(String compact) {
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
