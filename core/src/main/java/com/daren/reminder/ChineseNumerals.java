package com.daren.reminder;

/**
 * Rewrites Chinese numerals that count something in a time phrase (三点半, 十五号, 两个小时后, 二十三点) as digits, and
 * remembers where each output character came from, so the text after the phrase can be cut from the original
 * untouched. Weekday names (周一, 星期三) are left alone: a numeral right after 周/期/拜 is a day, not a count.
 */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String COUNTED = "点时号日分个小天周月钟";
    private static final String WEEK = "周期拜";

    /** The rewritten text (lower-cased for matching) and, per output index, the index in the original. */
    record Normalized(String text, int[] origin) {
        int originOf(int index) {
            return origin[index];
        }
    }

    private ChineseNumerals() {
    }

    static Normalized normalize(String original) {
        StringBuilder out = new StringBuilder();
        int[] origin = new int[original.length() + 1];
        int o = 0;
        int i = 0;
        while (i < original.length()) {
            int end = i;
            while (end < original.length() && isNumeral(original.charAt(end))) {
                end++;
            }
            boolean counted = end > i && end < original.length() && COUNTED.indexOf(original.charAt(end)) >= 0
                    && (i == 0 || WEEK.indexOf(original.charAt(i - 1)) < 0);
            if (counted) {
                String digits = Integer.toString(value(original.substring(i, end)));
                for (int k = 0; k < digits.length(); k++) {
                    origin = ensure(origin, o + 1);
                    origin[o++] = i;
                    out.append(digits.charAt(k));
                }
                i = end;
            } else {
                origin = ensure(origin, o + 1);
                origin[o++] = i;
                out.append(Character.toLowerCase(original.charAt(i)));
                i++;
            }
        }
        origin = ensure(origin, o + 1);
        origin[o] = original.length();
        return new Normalized(out.toString(), origin);
    }

    private static int[] ensure(int[] array, int size) {
        return size < array.length ? array : java.util.Arrays.copyOf(array, size * 2);
    }

    private static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '两';
    }

    /** 十 = 10, 十五 = 15, 二十 = 20, 二十三 = 23, 两 = 2, 三 = 3. */
    static int value(String numerals) {
        int tens = numerals.indexOf('十');
        if (tens < 0) {
            int v = 0;
            for (char c : numerals.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int high = tens == 0 ? 1 : value(numerals.substring(0, tens));
        int low = tens == numerals.length() - 1 ? 0 : value(numerals.substring(tens + 1));
        return high * 10 + low;
    }

    private static int digit(char c) {
        return c == '两' ? 2 : DIGITS.indexOf(c);
    }
}
