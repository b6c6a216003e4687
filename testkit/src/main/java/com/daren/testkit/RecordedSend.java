package com.daren.testkit;

import java.time.Instant;

/**
 * One message the fake server accepted as delivered.
 *
 * @param api     "wecom" (WeCom app message) or "mp" (Official Account customer-service message)
 * @param path    the request path, e.g. "/cgi-bin/message/send"
 * @param toUser  the "touser" field, null when absent (WeCom may target toparty/totag instead)
 * @param msgType the "msgtype" field
 * @param content {@code <msgtype>.content} when that exists (text, markdown); otherwise the JSON of the
 *                {@code <msgtype>} object (textcard, news …) so tests can still assert on it; null if absent
 * @param rawJson the request body exactly as received
 * @param at      when the server accepted it
 */
public record RecordedSend(String api, String path, String toUser, String msgType, String content,
                           String rawJson, Instant at) {
}
