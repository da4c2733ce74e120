package org.peacedirectory.api.hsds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.peacedirectory.system.SiteUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data packages kept in PostgreSQL ({@code hsds_package}, a row per language), so that every instance
 * serves the same file and none makes it per request. Made after each published change
 * ({@link HsdsPackageRefresh}) and, when a language has none yet (or one made with another recipe: an older
 * format, another site address), on the first request for it. Making one takes a PostgreSQL advisory lock
 * for its transaction: one package is made at a time across all instances, a request that finds one
 * being made waits for it rather than making its own, and a package made after a change is always made
 * after the one started before it, so the last stored is the newest.
 */
@Component
class HsdsPackages {

    /** The advisory lock's key: any number no other part of the app locks ("hsds" in ASCII). */
    static final long LOCK = 0x68736473L;

    /** The format's version: counted up whenever what the package holds changes, so that it is made again. */
    static final int FORMAT = 2; // 2: verification levels

    /** A package as stored, without its bytes. */
    record Stored(String language, Instant generatedAt, String etag) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HsdsPackageWriter writer;
    private final SiteUrl siteUrl;
    private final Clock clock;

    HsdsPackages(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            HsdsPackageWriter writer,
            SiteUrl siteUrl,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.writer = writer;
        this.siteUrl = siteUrl;
        this.clock = clock;
    }

    /** The package of the language, made first (under the lock) when there is none of this recipe yet. */
    Stored current(Locale locale) {
        return stored(locale).orElseGet(() -> make(locale, false));
    }

    /** Makes the package again, after a published change; the row stays as it was when nothing changed. */
    Stored remake(Locale locale) {
        return make(locale, true);
    }

    /** The package's bytes, if it is still the one of that tag (it may have been made again meanwhile). */
    Optional<byte[]> content(String language, String etag) {
        return jdbc.sql("select content from hsds_package where language = ? and etag = ?")
                .params(language, etag)
                .query(byte[].class)
                .optional();
    }

    Optional<Stored> stored(Locale locale) {
        return jdbc.sql("select language, generated_at, etag from hsds_package where language = ? and recipe = ?")
                .params(locale.getLanguage(), recipe())
                .query((row, number) -> new Stored(
                        row.getString("language"),
                        row.getTimestamp("generated_at").toInstant(),
                        row.getString("etag")))
                .optional();
    }

    private Stored make(Locale locale, boolean again) {
        return Objects.requireNonNull(transactions.execute(status -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Integer.class)
                    .single();
            Optional<Stored> existing = stored(locale);
            if (!again && existing.isPresent()) {
                return existing.get(); // made by another request or instance while this one waited
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // as Last-Modified says it
            HsdsPackageWriter.Written written = writer.write(locale, now);
            if (existing.isPresent() && existing.get().etag().equals(written.etag())) {
                return existing.get();
            }
            jdbc.sql("""
                    insert into hsds_package (language, recipe, generated_at, etag, content) values (?, ?, ?, ?, ?)
                    on conflict (language) do update set recipe = excluded.recipe,
                        generated_at = excluded.generated_at, etag = excluded.etag, content = excluded.content""")
                    .params(locale.getLanguage(), recipe(), Timestamp.from(now), written.etag(), written.zip())
                    .update();
            return new Stored(locale.getLanguage(), now, written.etag());
        }));
    }

    /** What a package is made with: the format and the site's address, which every link in it starts with. */
    private String recipe() {
        return "hsds-3.0/" + FORMAT + " " + siteUrl.base();
    }
}
