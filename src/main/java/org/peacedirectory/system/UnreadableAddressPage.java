package org.peacedirectory.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat refuses some addresses itself, before any servlet or filter sees them (an undecodable path
 * such as {@code /organisations/%C3%28}), and answers with its own report page. This replaces that
 * page, for a 400, by the site's message in English and French (the reader's language is not known
 * yet) and logs one line like every other refused request.
 */
@Component
class UnreadableAddressPage {

    private final MessageSource messages;

    UnreadableAddressPage(MessageSource messages) {
        this.messages = messages;
    }

    @EventListener
    void replaceTomcatsReport(WebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        Host host = tomcat.getTomcat().getHost();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof SitePageForBadAddresses)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new SitePageForBadAddresses(page()));
    }

    private String page() {
        String english = section(Locale.ENGLISH);
        String french = section(Locale.FRENCH);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text("error.badRequest.title", Locale.ENGLISH) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
                + "<body><main id=\"main\" class=\"wrap\">" + english + "<div lang=\"fr\">" + french + "</div>"
                + "</main></body></html>\n";
    }

    private String section(Locale language) {
        return "<h1>" + text("error.badRequest.title", language) + "</h1><p>" + text("error.badRequest.text", language)
                + "</p><p><a href=\"/\">" + text("error.home", language) + "</a></p>";
    }

    private String text(String key, Locale language) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, language), StandardCharsets.UTF_8.name());
    }

    /** Tomcat's error report, but the site's page for a 400, with one log line. */
    static final class SitePageForBadAddresses extends ErrorReportValve {

        private final String page;

        SitePageForBadAddresses(String page) {
            this.page = page;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() != HttpStatus.BAD_REQUEST.value()) {
                super.report(request, response, throwable);
                return;
            }
            MalformedRequests.logRefusal(HttpStatus.BAD_REQUEST, request, "address refused by the server");
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException closed) {
                // The client went away: nothing to tell it.
            }
        }
    }
}
