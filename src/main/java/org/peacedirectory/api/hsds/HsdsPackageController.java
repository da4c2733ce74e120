package org.peacedirectory.api.hsds;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * {@code /api/hsds/datapackage.zip}: the HSDS tabular data package of the whole published directory in the
 * reader's language, as stored ({@link HsdsPackages}), never made for the request unless there is none yet.
 * Sent with its ETag and Last-Modified (a conditional request is answered 304 without reading the bytes)
 * as a download.
 */
@RestController
class HsdsPackageController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final HsdsPackages packages;

    HsdsPackageController(HsdsPackages packages) {
        this.packages = packages;
    }

    @GetMapping("/api/hsds/datapackage.zip")
    @Nullable
    ResponseEntity<byte[]> download(Locale locale, ServletWebRequest request) {
        // Its ETag is the stored one: the API's shallow ETag filter need not hold the zip a second time.
        ShallowEtagHeaderFilter.disableContentCaching(request.getRequest());
        for (int attempt = 1; ; attempt++) {
            HsdsPackages.Stored stored = packages.current(locale);
            if (request.checkNotModified(stored.etag(), stored.generatedAt().toEpochMilli())) {
                return null; // 304, answered by Spring
            }
            Optional<byte[]> content = packages.content(stored.language(), stored.etag());
            if (content.isPresent() || attempt == 3) { // else made again since it was looked up: look again
                return ResponseEntity.ok()
                        .contentType(ZIP)
                        .eTag(stored.etag())
                        .lastModified(stored.generatedAt())
                        .cacheControl(
                                CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                        .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
                        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("peace-directory-hsds-" + stored.language() + ".zip")
                                        .build()
                                        .toString())
                        .body(content.orElseThrow());
            }
        }
    }
}
