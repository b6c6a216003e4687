package com.daren.bot.callback;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a callback body as WeChat sends it (XML, small), refusing anything else before it is parsed. */
public final class CallbackBody {

    private static final List<MediaType> ACCEPTED = List.of(MediaType.TEXT_XML, MediaType.APPLICATION_XML,
            MediaType.TEXT_PLAIN);

    private CallbackBody() {
    }

    public static String read(HttpServletRequest request, long maxBytes) {
        String contentType = request.getContentType();
        if (contentType != null) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (RuntimeException e) {
                throw new CallbackRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type must be XML");
            }
            if (ACCEPTED.stream().noneMatch(a -> a.includes(type))) {
                throw new CallbackRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type must be XML");
            }
        }
        if (request.getContentLengthLong() > maxBytes) {
            throw new CallbackRejected(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + maxBytes + " bytes");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw new CallbackRejected(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + maxBytes + " bytes");
            }
            if (body.length == 0) {
                throw CallbackRejected.badRequest("empty body");
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CallbackRejected(HttpStatus.BAD_REQUEST, "body could not be read", e);
        }
    }
}
