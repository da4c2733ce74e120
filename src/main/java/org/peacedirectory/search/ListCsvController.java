package org.peacedirectory.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.peacedirectory.organisation.ListedOrganisation;
import org.peacedirectory.organisation.ListedOrganisations;
import org.peacedirectory.system.DataLicence;
import org.peacedirectory.system.SiteUrl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A list or search as CSV ({@code /organisations.csv} with the list page's words, filters and sort; the
 * country and theme pages link to it with their country or theme as a filter): RFC 4180 (CRLF line ends,
 * quotes where needed), UTF-8 with a byte-order mark, a header row, one row per organisation ({@link OrganisationCsvRow}), written
 * as it is read, a batch of organisations at a time. At most {@link #MAX_ROWS} rows, the list's first
 * (the page says so when there are more); so many exports an hour per address ({@link ExportLimit}).
 */
@Controller
class ListCsvController {

    static final int MAX_ROWS = OrganisationListing.MAX_EXPORT_ROWS;

    /**
     * Written first: without it Excel reads the file as Windows-1252 and garbles every accent; CSV readers
     * (LibreOffice, pandas, Python's "utf-8-sig") take it as the mark of UTF-8.
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Organisations read per SQL statement. */
    private static final int BATCH = 500;

    private static final CsvMapper CSV = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private static final CsvSchema COLUMNS =
            CSV.schemaFor(OrganisationCsvRow.class).withHeader().withLineSeparator("\r\n");

    private final OrganisationSearch search;
    private final ListedOrganisations organisations;
    private final ExportLimit limit;
    private final SiteUrl siteUrl;

    ListCsvController(
            OrganisationSearch search, ListedOrganisations organisations, ExportLimit limit, SiteUrl siteUrl) {
        this.search = search;
        this.organisations = organisations;
        this.limit = limit;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/organisations.csv")
    void export(ListParameters parameters, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Duration wait = limit.waitFor(request.getRemoteAddr());
        if (!wait.isZero()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        limit.record(request.getRemoteAddr());
        List<Long> ids = search.matching(parameters.toQuery(1), MAX_ROWS).ids();
        // Read before the first byte goes out, so that a database that does not answer still gets its 503.
        List<ListedOrganisation> first = organisations.inOrder(ids.subList(0, Math.min(BATCH, ids.size())), locale);
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("organisations.csv")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.LINK, DataLicence.LINK_HEADER);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(BYTE_ORDER_MARK);
        try (SequenceWriter rows = CSV.writer(COLUMNS).writeValues(out)) {
            write(rows, first);
            for (int from = BATCH; from < ids.size(); from += BATCH) {
                write(rows, organisations.inOrder(ids.subList(from, Math.min(from + BATCH, ids.size())), locale));
            }
        }
    }

    private void write(SequenceWriter rows, List<ListedOrganisation> batch) {
        for (ListedOrganisation organisation : batch) {
            rows.write(OrganisationCsvRow.of(organisation, siteUrl.of("/organisations/{slug}", organisation.slug())));
        }
    }
}
