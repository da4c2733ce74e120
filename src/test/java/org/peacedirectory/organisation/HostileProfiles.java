package org.peacedirectory.organisation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published profile whose every text says what could break out of a script element or a CDATA
 * section, as a submitter could type it and a moderator approve it without seeing anything amiss.
 */
@TestComponent
public final class HostileProfiles {

    /** Closes a script element, opens a comment with a script inside, closes a CDATA section. */
    public static final String MARKUP = "</script><!--<script>]]> & \u2028\u2029 \"quoted\" \\ end";

    /** The same within the 40 characters of an acronym. */
    public static final String SHORT_MARKUP = "</script><!--<script>]]>&";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final OrganisationPublisher publisher;

    HostileProfiles(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            EntityManager entityManager,
            OrganisationPublisher publisher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.publisher = publisher;
    }

    /** The texts a hostile profile was published with. */
    public record Texts(
            String slug,
            String name,
            String acronym,
            String summary,
            String description,
            String city,
            String network,
            String networkAcronym,
            String website,
            String link) {}

    public Texts publish() {
        String slug = "hostile-markup-" + UUID.randomUUID().toString().substring(0, 8);
        Texts texts = new Texts(
                slug,
                "Name " + MARKUP,
                "A" + SHORT_MARKUP,
                "Summary " + MARKUP,
                "Description " + MARKUP,
                "City " + MARKUP,
                "Network " + MARKUP + " " + slug,
                "N" + SHORT_MARKUP,
                "https://example.org/" + slug + "?q=" + MARKUP,
                "https://example.org/link/" + slug + "?q=" + MARKUP);
        return publish(texts);
    }

    /** A published profile with these texts (the slug unused so far, the addresses starting with http). */
    public Texts publish(Texts texts) {
        String slug = texts.slug();
        jdbc.sql("insert into organisation (slug, name, source_language, country_code) values (?, ?, 'en', 'ML')")
                .params(slug, texts.name())
                .update();
        transactions.executeWithoutResult(status -> {
            Organisation organisation = entityManager
                    .createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                    .setParameter("slug", slug)
                    .getSingleResult();
            organisation.changeSafety(SafetySettings.ALL_SHOWN); // its texts are to be seen everywhere
            publisher.applyChange(
                    organisation,
                    new ProfileContent(
                            texts.name(),
                            texts.acronym(),
                            "en",
                            1999,
                            texts.city(),
                            "ML",
                            List.of("SN"),
                            List.of("peace-education"),
                            List.of(texts.network()),
                            texts.website(),
                            List.of(texts.link()),
                            "contact@example.org",
                            "+223 20 00 00 00",
                            "BP " + MARKUP,
                            "Person " + MARKUP,
                            true,
                            Map.of("en", new ProfileContent.Text(texts.name(), texts.summary(), texts.description())),
                            List.of(new ProfileContent.Entry("LOCAL", "2019", "Activity " + MARKUP, "en")),
                            ProfileContent.Sources.NONE),
                    null,
                    null,
                    Instant.now());
        });
        jdbc.sql("update network set acronym = ? where name = ?")
                .params(texts.networkAcronym(), texts.network())
                .update();
        return texts;
    }
}
