package com.daren.bot.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Every API error body: a stable machine code and a one-line message (Chinese first, English in parentheses).
 *
 * @param allowed for {@code illegal_transition}: the statuses the record may move to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, List<String> allowed) {

    ApiError(String error, String message) {
        this(error, message, null);
    }

    static ApiError of(String error, String zh, String en) {
        return new ApiError(error, zh + " (" + en + ")");
    }
}
