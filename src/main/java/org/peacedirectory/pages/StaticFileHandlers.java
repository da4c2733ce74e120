package org.peacedirectory.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the static files from their own folders only, each linked with the hash of its content in its name
 * (site-&lt;md5&gt;.css). Not Boot's default mapping of every address ({@code /**}): the link encoder then
 * looked for a static file behind every link a page carries (a search page has a hundred), in four
 * classpath folders each, and found none; that cost a search page some 20 ms of processor time.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileHandlers implements WebMvcConfigurer {

    private static final String[] FOLDERS = {"css", "images"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
