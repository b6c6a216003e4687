package com.daren.bot.crm.io;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses an upload whose declared length is over {@code daren.io.max-file-size} before reading any of it, with a
 * complete JSON 413 and {@code Connection: close}. (Found only while parsing, the same limit would leave the client
 * a cut-off answer: Tomcat does not read a large unread body to the end.)
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter {

    private static final long SLACK = 64 * 1024;

    private final IoProperties properties;

    UploadSizeFilter(IoProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = properties.maxFileSize().toBytes();
        if (request.getContentLengthLong() > max + SLACK) {
            ImportProblem problem = ImportProblem.tooLarge(max);
            String line = problem.oneLine().replace("\"", "'");
            byte[] body = ("{\"error\":\"" + problem.kind().code() + "\",\"message\":\"" + line + "\",\"text\":\"" + line + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(problem.kind().status());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
