package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.organisation.OrganisationRevisions;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.ProfileContent.Entry;
import org.peacedirectory.organisation.ProfileContent.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and published revisions are JSON columns that Hibernate maps to {@link ProfileContent}. Rows
 * written by earlier versions (which wrote the JSON text themselves) read back as they were, and what is
 * written now has the same JSON shape, so old revisions keep loading and SQL on the columns keeps working.
 * Each test's rows are rolled back.
 */
@DirectoryTest
@Transactional
class StoredProposalsTest {

    /** A proposal as earlier versions stored it: every field, nulls, two languages, two activities. */
    private static final String STORED = """
            {"name": "Réseau des Médiatrices <du Sahel> & amis", "acronym": "RMS", "sourceLanguage": "fr",
             "foundingYear": 2004, "city": "Mopti", "countryCode": "ML", "countriesOfWork": ["BF", "NE"],
             "themes": ["mediation", "women-peace-security"], "networks": ["WANEP"],
             "website": "https://rms.example.org", "links": ["https://social.example.org/rms"],
             "contactEmail": "contact@rms.example.org", "contactPhone": "+223 20 00 00 00", "contactPublic": true,
             "prose": {"fr": {"name": "Réseau des Médiatrices", "summary": "Médiation \\"de proximité\\"",
                              "description": "Deux lignes\\nde description"},
                       "en": {"name": null, "summary": "Community mediation", "description": null}},
             "activities": [{"level": "LOCAL", "date": "2000-04", "text": "Premier dialogue", "language": "fr"},
                            {"level": "NATIONAL", "date": null, "text": "Sans date", "language": "fr"}]}""";

    /** The same as this version writes it: with the postal address and contact person (V21), null here. */
    private static final String WRITTEN = STORED.replace(
            "\"contactPublic\": true",
            "\"contactPostalAddress\": null, \"contactPerson\": null, \"contactPublic\": true");

    private static final ProfileContent CONTENT = new ProfileContent(
            "Réseau des Médiatrices <du Sahel> & amis",
            "RMS",
            "fr",
            2004,
            "Mopti",
            "ML",
            List.of("BF", "NE"),
            List.of("mediation", "women-peace-security"),
            List.of("WANEP"),
            "https://rms.example.org",
            List.of("https://social.example.org/rms"),
            "contact@rms.example.org",
            "+223 20 00 00 00",
            null,
            null,
            true,
            prose(),
            List.of(
                    new Entry("LOCAL", "2000-04", "Premier dialogue", "fr"),
                    new Entry("NATIONAL", null, "Sans date", "fr")),
            ProfileContent.Sources.NONE);

    @Autowired
    Submissions submissions;

    @Autowired
    SubmissionRevisions revisions;

    @Autowired
    OrganisationRevisions organisationRevisions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsAProposalAsEarlierVersionsStoredIt() {
        long id = storedSubmission(STORED);

        assertThat(submissions.findById(id).orElseThrow().getProposal()).isEqualTo(CONTENT);
    }

    @Test
    void readsAStoredProposalWithAFieldThisVersionDoesNotKnow() {
        long id = storedSubmission(STORED.replace("\"acronym\": \"RMS\",", "\"acronym\": \"RMS\", \"slug\": \"rms\","));

        assertThat(submissions.findById(id).orElseThrow().getProposal()).isEqualTo(CONTENT);
    }

    @Test
    void storesAnEditedProposalAndItsRevisionInTheShapeEarlierVersionsWrote() {
        Submission submission =
                submissions.findById(storedSubmission(emptyProposal())).orElseThrow();

        submission.revise(CONTENT, Instant.now());
        submissions.saveAndFlush(submission);
        revisions.saveAndFlush(new SubmissionRevision(submission, null, Instant.now()));

        assertThat(jdbc.sql("select proposal = cast(? as jsonb) from submission where id = ?")
                        .params(WRITTEN, submission.getId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select proposal = cast(? as jsonb) from submission_revision where submission_id = ?"
                                + " and number = 2")
                        .params(WRITTEN, submission.getId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select proposal -> 'activities' -> 0 ->> 'date' from submission where id = ?")
                        .param(submission.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("2000-04");
    }

    @Test
    void readsAPublishedRevisionAsEarlierVersionsStoredIt() {
        long organisationId = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into organisation_revision (organisation_id, number, snapshot)"
                        + " values (?, 1000, cast(? as jsonb))")
                .params(organisationId, STORED)
                .update();

        assertThat(organisationRevisions
                        .findByOrganisationIdAndNumber(organisationId, 1000)
                        .orElseThrow()
                        .getSnapshot())
                .isEqualTo(CONTENT);
    }

    private long storedSubmission(String proposal) {
        String token = "stored-proposal-test-" + System.nanoTime() + "-0123456789abcdef";
        return jdbc.sql("""
                insert into submission (kind, reference, tracking_token, form_token, proposal, submitter_name,
                    submitter_email, submitter_relationship, submitter_language, consent_given_at,
                    privacy_notice_version)
                values ('NEW_ORGANISATION', 'PD-2026-' || lpad(nextval('submission_reference_seq')::text, 6, '0'),
                    ?, ?, cast(? as jsonb), 'Awa', 'awa@example.org', 'STAFF', 'fr', now(), '1')
                returning id""").params(token, token, proposal).query(Long.class).single();
    }

    private static String emptyProposal() {
        return """
                {"name": "Before the edit", "sourceLanguage": "fr", "countryCode": "ML", "contactPublic": false}""";
    }

    private static Map<String, Text> prose() {
        Map<String, Text> prose = new LinkedHashMap<>();
        prose.put(
                "fr", new Text("Réseau des Médiatrices", "Médiation \"de proximité\"", "Deux lignes\nde description"));
        prose.put("en", new Text(null, "Community mediation", null));
        return prose;
    }
}
