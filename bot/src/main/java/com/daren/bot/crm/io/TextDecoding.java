package com.daren.bot.crm.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text file to text: UTF-8 with or without BOM, UTF-16 with BOM, and otherwise GB18030 (a superset of
 * GBK: what Chinese Excel writes as "CSV") when the bytes are not valid UTF-8. Binary data is refused.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return checked(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return checked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return checked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        for (int i = 0; i < Math.min(b.length, 64 * 1024); i++) {
            if (b[i] == 0) {
                throw ImportProblem.unsupported();
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return checked(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return checked(new String(b, GB18030), GB18030);
        }
    }

    /** Text has few control characters and few undecodable bytes; binary data decoded as GB18030 has many. */
    private static Decoded checked(String text, Charset charset) {
        int sample = Math.min(text.length(), 64 * 1024);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                odd++;
            }
        }
        if (odd > Math.max(2, sample / 100)) {
            throw ImportProblem.unsupported();
        }
        return new Decoded(text, charset);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
