package org.peacedirectory.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An ETag on every successful API answer, so that a client polling a search with words (which the page cache
 * does not keep) gets 304 and no body when nothing changed. The answers the page cache keeps already carry
 * its ETag and {@code Cache-Control}, which stay as they are; the others are public data too, the same for
 * everyone who sends the same address and language, so they may be stored if revalidated each time
 * ({@code no-cache}) rather than the {@code private, no-store} of pages for one reader. API answers are a
 * page of at most a hundred organisations, small enough to hold while hashing. The API's page and its files
 * are not answers: they keep the lifetimes the page cache or springdoc give them.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags implements WebMvcConfigurer {

    /** Just outside the page cache (pages module, HIGHEST_PRECEDENCE + 30): it sees the cache's ETag. */
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 29;

    private static final String REVALIDATE = "no-cache";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new ShallowEtagHeaderFilter() {
            /** The API page's files (Swagger UI's, a script of 1.5 MB) have the page cache's ETag, or none. */
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + ApiDescription.PAGE_FOLDER);
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
                        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                        return true;
                    }
                })
                .addPathPatterns(ApiConfiguration.PATHS)
                .excludePathPatterns(ApiDescription.PAGE, ApiDescription.PAGE_FILES, ApiDescription.PAGE_SETTINGS);
    }
}
