package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A profile costs the same few statements however long its timeline and lists are: no N+1. (Nothing is
 * kept in this context: every call reads the related organisations too.)
 */
@DirectoryTest
class ProfileQueryCountTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void runsAFixedNumberOfStatementsWhateverTheNumberOfActivitiesThemesAndCountries() {
        long small = statementsFor("femmes-tisserandes-de-paix");
        long reference = statementsFor("conascipal");

        assertThat(reference).isEqualTo(small).isLessThanOrEqualTo(4);
    }

    @Test
    void countsTheSameStatementsAfterTheProfileGrows() {
        long before = statementsFor("femmes-tisserandes-de-paix");
        long after = transaction.execute(status -> {
            growProfile("femmes-tisserandes-de-paix");
            long count = statementsFor("femmes-tisserandes-de-paix");
            status.setRollbackOnly(); // keep the demo data as it was for other tests
            return count;
        });

        assertThat(after).isEqualTo(before);
    }

    /** Adds 40 activities, every theme and ten countries of work. */
    private void growProfile(String slug) {
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        for (int i = 0; i < 40; i++) {
            jdbc.sql("""
                    insert into activity (organisation_id, level, date_edtf, text, language, position)
                    values (?, 'LOCAL', ?, 'Extra activity', 'en', 1000 + ?)""").params(id, String.valueOf(1980 + i), i).update();
        }
        jdbc.sql("""
                insert into organisation_theme (organisation_id, theme_slug)
                select ?, slug from theme on conflict do nothing""").param(id).update();
        jdbc.sql("""
                insert into organisation_country (organisation_id, country_code)
                select ?, code from country order by code limit 10 on conflict do nothing""").param(id).update();
    }

    private long statementsFor(String slug) {
        OrganisationProfile[] profile = new OrganisationProfile[1];
        long statements = SqlStatements.during(() -> profile[0] = directory.profile(slug, Locale.ENGLISH));
        assertThat(profile[0].timelines()).isNotEmpty();
        return statements;
    }
}
