package com.daren.bench.community;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated banned words and group chatter, from a seed. Most messages are ordinary chat (common Chinese characters,
 * some punctuation, digits, an emoji); a share carries a banned word as listed, a share carries one disguised
 * (spaces or symbols between its characters, full-width Latin), and a few carry a link or a mobile number.
 */
final class ChatCorpus {

    /** The 2,500 most frequent simplified characters would be ideal; this range of common ones will do. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制"
            + "机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原"
            + "又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
            + "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战";
    private static final String SEPARATORS = " .*-_·/~，。";
    private static final String[] EMOJI = {"😀", "👍", "🌸", "🔥", "🙏"};

    final List<String> bannedWords;
    final List<String> groupWords;
    final List<Message> messages;

    /** @param plain whether a violating message writes the word as listed (a naive matcher can see it) */
    record Message(String text, boolean violating, boolean plain) {
    }

    ChatCorpus(int words, int groupWords, int messages, long seed) {
        Random random = new Random(seed);
        Set<String> list = new LinkedHashSet<>();
        while (list.size() < words) {
            list.add(random.nextInt(10) == 0 ? latinWord(random) : cjkWord(random, 2 + random.nextInt(3)));
        }
        this.bannedWords = List.copyOf(list);
        Set<String> group = new LinkedHashSet<>();
        while (group.size() < groupWords) {
            group.add(cjkWord(random, 3 + random.nextInt(2)));
        }
        this.groupWords = List.copyOf(group);
        List<Message> all = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            all.add(message(random));
        }
        this.messages = List.copyOf(all);
    }

    private Message message(Random random) {
        int kind = random.nextInt(100);
        String chatter = chatter(random, 8 + random.nextInt(60));
        int at = random.nextInt(chatter.length() + 1);
        if (kind < 5) {
            String word = bannedWords.get(random.nextInt(bannedWords.size()));
            return new Message(chatter.substring(0, at) + word + chatter.substring(at), true, true);
        }
        if (kind < 8) {
            String word = disguise(bannedWords.get(random.nextInt(bannedWords.size())), random);
            return new Message(chatter.substring(0, at) + word + chatter.substring(at), true, false);
        }
        if (kind < 9) {
            return new Message(chatter + " https://shop" + random.nextInt(1000) + ".example.com/p", true, false);
        }
        if (kind < 10) {
            return new Message(chatter + " 电话 13" + (800000000 + random.nextInt(99999999)), true, false);
        }
        return new Message(chatter, false, false);
    }

    private static String chatter(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 4);
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(40);
            if (r == 0) {
                sb.append('，');
            } else if (r == 1) {
                sb.append(random.nextInt(10));
            } else if (r == 2) {
                sb.append(EMOJI[random.nextInt(EMOJI.length)]);
            } else {
                sb.append(COMMON.charAt(random.nextInt(COMMON.length())));
            }
        }
        return sb.toString();
    }

    /**
     * A common first character (so the automaton follows partial matches in ordinary chat, as with real lists),
     * then characters from the whole CJK block outside the chatter's alphabet, so chatter never hits a word by chance.
     */
    private static String cjkWord(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append(COMMON.charAt(random.nextInt(COMMON.length())));
        while (sb.length() < length) {
            char c = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
            if (COMMON.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String latinWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 5 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Separators between the characters, and Latin letters in full width and upper case. */
    private static String disguise(String word, Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'Ａ') : c);
            if (i < word.length() - 1) {
                sb.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
        }
        return sb.toString();
    }
}
