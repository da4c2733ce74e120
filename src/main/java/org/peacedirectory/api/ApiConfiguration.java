package org.peacedirectory.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.peacedirectory.system.DataLicence;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every API answer carries: the licence ({@code Link: <...>; rel="license"}) and
 * {@code Access-Control-Allow-Origin: *}, so that any web page may read the data; set on every answer,
 * not only on those to a request with an {@code Origin}, because the page cache replays them to everyone.
 * And the hourly limit per address ({@link ApiLimit}), checked before any work. The description
 * ({@link ApiDescription#ADDRESS}) is an answer like the others; the API page's files and settings are not:
 * a reader opening the page would spend a dozen requests of the hour on them.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    static final String PATHS = "/api/**";

    private final ApiLimit limit;

    ApiConfiguration(ApiLimit limit) {
        this.limit = limit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                        response.addHeader(HttpHeaders.LINK, DataLicence.LINK_HEADER);
                        Duration wait = limit.take(request.getRemoteAddr());
                        if (!wait.isZero()) {
                            throw new TooManyApiRequestsException(wait);
                        }
                        return true;
                    }
                })
                .addPathPatterns(PATHS)
                .excludePathPatterns(ApiDescription.PAGE, ApiDescription.PAGE_FILES, ApiDescription.PAGE_SETTINGS);
    }
}
