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
        // V20: the verified demo profiles have their existence confirmed, at the day they were verified
        assertThat(jdbc.sql("select distinct verification_level from organisation where demo")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("EXISTENCE_CONFIRMED", "NOT_YET_VERIFIED");
        assertThat(jdbc.sql("select verified_at from organisation where slug = 'jeunes-artisans-de-paix-mopti'")
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(java.time.Instant.parse("2024-03-18T10:00:00Z"));
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
    void turnsVerifiedProfilesIntoConfirmedExistenceWithTheirDateAndTheModeratorWhoVerifiedThem() {
        DataSource empty = freshDatabase("migration_verification_levels");
        Flyway.configure()
                .dataSource(empty)
                .locations("classpath:db/migration", DemoDataFlywayCustomizer.DEMO_LOCATION)
                .target("19")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(empty);
        long hawa = jdbc.sql("""
                insert into account (email, display_name, password_hash, role)
                values ('hawa@example.org', 'Hawa', 'x', 'MODERATOR') returning id""").query(Long.class).single();
        // Hawa verified one profile through the app: the log says so; demo profiles were verified by no account.
        jdbc.sql("""
                update organisation set verification_status = 'VERIFIED', verified_at = '2023-05-02 08:00:00+00',
                       verified_by = 'Hawa' where slug = 'conascipal'""").update();
        jdbc.sql("""
                insert into moderation_log (at, actor_id, actor_name, action, organisation_id)
                select '2023-05-02 08:00:00+00', ?, 'Hawa', 'ORGANISATION_VERIFIED', id
                from organisation where slug = 'conascipal'""").param(hawa).update();

        flyway(empty, "classpath:db/migration", DemoDataFlywayCustomizer.DEMO_LOCATION)
                .migrate();

        record Verification(String level, java.time.OffsetDateTime verifiedAt, Long verifiedBy) {}
        java.util.function.Function<String, Verification> of =
                slug -> jdbc.sql("""
                        select verification_level as level, verified_at, verified_by from organisation where slug = ?""").param(slug).query(Verification.class).single();
        assertThat(of.apply("conascipal").level()).isEqualTo("EXISTENCE_CONFIRMED");
        assertThat(of.apply("conascipal").verifiedAt().toInstant())
                .isEqualTo(java.time.Instant.parse("2023-05-02T08:00:00Z"));
        assertThat(of.apply("conascipal").verifiedBy()).isEqualTo(hawa);
        assertThat(of.apply("jeunes-artisans-de-paix-mopti").level()).isEqualTo("EXISTENCE_CONFIRMED");
        assertThat(of.apply("jeunes-artisans-de-paix-mopti").verifiedBy()).isNull();
        assertThat(of.apply("fondation-fromager-reconciliation").level()).isEqualTo("NOT_YET_VERIFIED");
        assertThat(of.apply("fondation-fromager-reconciliation").verifiedAt()).isNull();
        // A level without its date, or an unknown level, is refused
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("update organisation set verified_at = null where slug = 'conascipal'")
                                .update()))
                .hasMessageContaining("ck_organisation_verification");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                                "update organisation set verification_level = 'VERIFIED' where slug = 'conascipal'")
                        .update()))
                .hasMessageContaining("ck_organisation_verification_level");
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
