package com.daren.testkit;

import java.time.Instant;

/**
 * A request to a path the fake server does not imitate. Kept separately from sends so a test can
 * assert the bot called nothing unexpected (an unknown path usually means a WxJava API we forgot to fake).
 */
public record RecordedRequest(String method, String path, String rawQuery, String body, Instant at) {
}
