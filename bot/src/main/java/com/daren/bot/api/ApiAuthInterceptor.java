package com.daren.bot.api;

import com.daren.access.Operator;
import com.daren.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <api key>} for everything under {@code /api} but the simulator and export links
 * (see {@link ApiConfiguration}): no or an unknown key is 401, a role below the endpoint's {@link ApiRole} is 403
 * (and goes to the audit log), both as JSON. The key itself is never logged or echoed.
 */
class ApiAuthInterceptor implements HandlerInterceptor {

    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final ApiAudit audit;
    private final ObjectMapper json;

    ApiAuthInterceptor(ApiKeys keys, ApiAudit audit, ObjectMapper json) {
        this.keys = keys;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            return refuse(response, 401, ApiError.of("unauthorized", "缺少 API 密钥：请在请求头加 Authorization: Bearer <密钥>",
                    "missing API key: send Authorization: Bearer <key>"));
        }
        Optional<Operator> operator = keys.authenticate(header.substring(BEARER.length()));
        if (operator.isEmpty()) {
            return refuse(response, 401, ApiError.of("unauthorized", "API 密钥无效", "unknown API key"));
        }
        Role needed = requiredRole(handler, request.getMethod());
        Role role = operator.get().role();
        if (!role.atLeast(needed)) {
            audit.refused(operator.get().id(), request.getMethod() + " " + request.getRequestURI(), "role " + role + " < " + needed);
            return refuse(response, 403, ApiError.of("forbidden",
                    "需要「" + needed.label(true) + "」权限，你目前是「" + role.label(true) + "」",
                    "needs the " + needed.label(false) + " role; you are " + role.label(false)));
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, new ApiCaller(operator.get()));
        return true;
    }

    static Role requiredRole(Object handler, String method) {
        if (handler instanceof HandlerMethod h) {
            ApiRole declared = h.getMethodAnnotation(ApiRole.class);
            if (declared == null) {
                declared = h.getBeanType().getAnnotation(ApiRole.class);
            }
            if (declared != null) {
                return declared.value();
            }
        }
        return "GET".equals(method) || "HEAD".equals(method) ? Role.VIEWER : Role.OPERATOR;
    }

    private boolean refuse(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"daren\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), error);
        return false;
    }
}
