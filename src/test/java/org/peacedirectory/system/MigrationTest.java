package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Migrations run from an empty database, with and without demo data, and apply once. */
@DirectoryTest
class MigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void migratesAnEmptyDatabaseWithReferenceDataButNoOrganisations() {
        DataSource empty = freshDatabase("migration_schema_only");

        MigrateResult result = flyway(empty, "classpath:db/migration").migrate();

        JdbcClient jdbc = JdbcClient.create(empty);
        assertThat(result.success).isTrue();
        assertThat(count(jdbc, "country")).isEqualTo(249);
        assertThat(count(jdbc, "theme")).isEqualTo(15);
        assertThat(count(jdbc, "organisation")).isZero();
        assertThat(flyway(empty, "classpath:db/migration").migrate().migrationsExecuted)
                .isZero();
    }

    @Test
    void addsTheDemoDataOnceWhenDemoDataIsOn() {
        DataSource empty = freshDatabase("migration_with_demo");
        Flyway withDemo = flyway(empty, "classpath:db/migration", DemoDataFlywayCustomizer.DEMO_LOCATION);

        withDemo.migrate();
        int secondRun = withDemo.migrate().migrationsExecuted;

        JdbcClient jdbc = JdbcClient.create(empty);
        assertThat(secondRun).isZero();
        assertThat(count(jdbc, "organisation")).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("select count(distinct country_code) from organisation")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(distinct theme_slug) from organisation_theme")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select distinct verification_status from organisation")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("VERIFIED", "NOT_VERIFIED");
        // V19 gave every organisation a UUID of its own (its HSDS identifier); a new one gets one too
        assertThat(jdbc.sql("select count(distinct uuid) from organisation")
                        .query(Integer.class)
                        .single())
                .isEqualTo(count(jdbc, "organisation"));
        jdbc.sql(
                        "insert into organisation (slug, name, source_language, country_code) values ('new-one', 'New', 'en', 'ML')")
                .update();
        assertThat(jdbc.sql("select uuid from organisation where slug = 'new-one'")
                        .query(java.util.UUID.class)
                        .single())
                .isNotNull();
    }

    @Test
    void keepsTheReferenceOrganisationsFifteenActivitiesThirteenOfThemDated() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        List<String> dates = jdbc.sql("""
                select a.date_edtf from activity a join organisation o on o.id = a.organisation_id
                where o.slug = 'conascipal' order by a.position""").query(String.class).list();
        String updated = jdbc.sql("""
                select to_char(updated_at at time zone 'UTC', 'YYYY-MM') from organisation where slug = 'conascipal'""").query(String.class).single();

        assertThat(dates).hasSize(15);
        assertThat(dates.stream().filter(date -> date != null)).hasSize(13);
        assertThat(dates).contains("1999-05", "1999-04", "2002/2003", "2005");
        assertThat(updated).isEqualTo("2016-09");
    }

    @Test
    void derivesActivityDateBoundsInTheDatabase() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        String bounds = jdbc.sql("""
                select a.date_start || ' ' || a.date_end from activity a join organisation o on o.id = a.organisation_id
                where o.slug = 'conascipal' and a.date_edtf = '2002/2003'""").query(String.class).single();
        String month = jdbc.sql("""
                select a.date_start || ' ' || a.date_end from activity a join organisation o on o.id = a.organisation_id
                where o.slug = 'conascipal' and a.date_edtf = '2010-12'""").query(String.class).single();

        assertThat(bounds).isEqualTo("2002-01-01 2003-12-31");
        assertThat(month).isEqualTo("2010-12-01 2010-12-31");
    }

    private DataSource freshDatabase(String name) {
        JdbcClient admin = JdbcClient.create(dataSource);
        admin.sql("drop database if exists " + name).update();
        admin.sql("create database " + name).update();
        try (var connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            String user = connection.getMetaData().getUserName();
            // The embedded server trusts local connections; Testcontainers' server uses the password "test".
            return new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, "test");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Flyway flyway(DataSource target, String... locations) {
        return Flyway.configure().dataSource(target).locations(locations).load();
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
