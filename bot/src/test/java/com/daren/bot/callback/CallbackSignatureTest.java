package com.daren.bot.callback;

import com.daren.testkit.WeChatSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WeChat's SHA-1 callback signature, against an independent implementation of the documented algorithm. */
class CallbackSignatureTest {

    private static final String TOKEN = "QDG6eK";
    private static final String TS = "1409659813";
    private static final String NONCE = "1372623149";
    private static final String ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS";

    @Test
    void isTheDocumentedSha1OverTheSortedParts() {
        assertThat(CallbackSignature.of(TOKEN, TS, NONCE, ENCRYPT))
                .isEqualTo(WeChatSignatures.msgSignature(TOKEN, TS, NONCE, ENCRYPT))
                .isEqualTo(CallbackSignature.of(ENCRYPT, NONCE, TOKEN, TS))
                .matches("[0-9a-f]{40}");
        assertThat(CallbackSignature.of(TOKEN, TS, NONCE)).isEqualTo(WeChatSignatures.signature(TOKEN, TS, NONCE));
    }

    @Test
    void acceptsTheRightSignatureInEitherCase() {
        String signature = WeChatSignatures.msgSignature(TOKEN, TS, NONCE, ENCRYPT);

        assertThatCode(() -> CallbackSignature.verify(signature, TOKEN, TS, NONCE, ENCRYPT)).doesNotThrowAnyException();
        assertThatCode(() -> CallbackSignature.verify(signature.toUpperCase(Locale.ROOT), TOKEN, TS, NONCE, ENCRYPT))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesASignatureWithOneCharacterChangedWith403() {
        String signature = WeChatSignatures.msgSignature(TOKEN, TS, NONCE, ENCRYPT);
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            String changed = signature.substring(0, i) + (c == 'a' ? 'b' : 'a') + signature.substring(i + 1);
            assertForbidden(changed, TOKEN, TS, NONCE, ENCRYPT);
        }
    }

    @Test
    void refusesTheRightSignatureOverOtherParts() {
        String signature = WeChatSignatures.msgSignature(TOKEN, TS, NONCE, ENCRYPT);

        assertForbidden(signature, TOKEN, TS, NONCE, ENCRYPT + "A");
        assertForbidden(signature, TOKEN, "1409659814", NONCE, ENCRYPT);
        assertForbidden(signature, "another-token", TS, NONCE, ENCRYPT);
    }

    @Test
    void refusesMissingTruncatedOrOverlongSignaturesAndMissingParts() {
        String signature = WeChatSignatures.msgSignature(TOKEN, TS, NONCE, ENCRYPT);

        assertForbidden(null, TOKEN, TS, NONCE, ENCRYPT);
        assertForbidden("", TOKEN, TS, NONCE, ENCRYPT);
        assertForbidden(signature.substring(1), TOKEN, TS, NONCE, ENCRYPT);
        assertForbidden(signature + "0", TOKEN, TS, NONCE, ENCRYPT);
        assertForbidden(signature, TOKEN, TS, null, ENCRYPT);
    }

    private static void assertForbidden(String signature, String... parts) {
        assertThatThrownBy(() -> CallbackSignature.verify(signature, parts)).as(signature)
                .isInstanceOfSatisfying(CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }
}
