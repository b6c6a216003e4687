package com.daren.bot.api;

/** An API answer other than success, raised from a handler: status and body. */
class ApiProblem extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    ApiProblem(int status, ApiError error) {
        super(error.error(), null, false, false);
        this.status = status;
        this.error = error;
    }

    static ApiProblem badRequest(String zh, String en) {
        return new ApiProblem(400, ApiError.of("bad_request", zh, en));
    }

    int status() {
        return status;
    }

    ApiError error() {
        return error;
    }
}
