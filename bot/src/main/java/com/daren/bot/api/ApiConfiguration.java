package com.daren.bot.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * The REST API's wiring: bearer-key authentication on {@code /api/**} except the simulator (which checks the
 * sender's role itself) and export links (whose token is the credential); WeChat callbacks and
 * {@code /v3/api-docs} live outside {@code /api}. Handlers receive the caller as an {@link ApiCaller} parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    static final String[] OPEN = {"/api/sim/**", "/api/exports/**",
            // the group relay authenticates each request by its own HMAC signature (community/relay)
            "/api/relay/**"};

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiCaller.class);
    }

    private final ApiKeys keys;
    private final ApiAudit audit;
    private final ObjectMapper json;

    ApiConfiguration(ApiKeys keys, ApiAudit audit, ObjectMapper json) {
        this.keys = keys;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiAuthInterceptor(keys, audit, json)).addPathPatterns("/api/**").excludePathPatterns(OPEN);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ApiCaller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Object caller = request.getAttribute(ApiCaller.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (caller == null) {
                    throw new IllegalStateException("no API caller: is " + parameter.getMethod() + " outside /api?");
                }
                return caller;
            }
        });
    }

    @Bean
    OpenAPI darenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Daren API").version("1")
                        .description("Influencer records for scripts and spreadsheets. Authenticate with an operator's "
                                + "api-key from config/operators.yml: `Authorization: Bearer <key>`. Viewers read "
                                + "(phone and WeChat id masked), operators also write, /api/audit needs an admin. "
                                + "Errors are JSON {\"error\", \"message\"}."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
