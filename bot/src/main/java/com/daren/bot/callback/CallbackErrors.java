package com.daren.bot.callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every refusal into a short plain-text answer with the right status: never a 500, never a stack trace. */
@RestControllerAdvice(annotations = WeChatCallback.class)
class CallbackErrors {

    private static final Logger log = LoggerFactory.getLogger(CallbackErrors.class);

    @ExceptionHandler(CallbackRejected.class)
    ResponseEntity<String> rejected(CallbackRejected e) {
        log.warn("callback refused with {}: {}", e.status().value(), e.getMessage());
        return plain(e.status(), e.getMessage());
    }

    @ExceptionHandler(com.daren.store.StoreException.class)
    ResponseEntity<String> storeDown(com.daren.store.StoreException e) {
        // WeChat retries a callback that fails, so nothing is lost while Redis is away.
        log.error("callback answered 503: {}", e.getMessage(), e);
        return plain(HttpStatus.SERVICE_UNAVAILABLE, "temporarily unavailable, retry");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missingParameter(MissingServletRequestParameterException e) {
        log.warn("callback refused with 400: missing {}", e.getParameterName());
        return plain(HttpStatus.BAD_REQUEST, "missing parameter " + e.getParameterName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException e) {
        log.warn("callback refused with 415: {}", e.getContentType());
        return plain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type must be XML");
    }

    private static ResponseEntity<String> plain(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
    }
}
