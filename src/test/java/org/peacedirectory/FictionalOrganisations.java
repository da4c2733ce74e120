package org.peacedirectory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.system.PublishedChanges;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published organisation of a test's own, written behind the app's back (SQL) and then indexed as a publish
 * would, in this test context and in the others (which share the database, each with an index of its own), so
 * that other tests' searches and the index's completeness check see the same organisations as SQL.
 */
public final class FictionalOrganisations {

    private FictionalOrganisations() {}

    /** Publishes one in Mali with this name, website and English summary; returns its slug. */
    public static String publish(
            ApplicationContext app, String slugPrefix, String name, String website, String summary) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        String slug = slugPrefix + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into organisation (slug, name, source_language, country_code, country_codes, website,
                    publication_status, created_at, updated_at)
                values (?, ?, 'en', 'ML', '{ML}', ?, 'PUBLISHED', now(), now())""").params(slug, name, website).update();
        jdbc.sql("""
                insert into organisation_translation (organisation_id, language, name, summary)
                select id, 'en', name, ? from organisation where slug = ?""").params(summary, slug).update();
        EntityManagerFactory factory = app.getBean(EntityManagerFactory.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
            Organisation organisation = entityManager
                    .createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                    .setParameter("slug", slug)
                    .getSingleResult();
            Search.session(entityManager).indexingPlan().addOrUpdate(organisation);
            // The other test contexts (each with an index of its own, on the same database) index it when they
            // hear of it, as instances do.
            app.getBean(PublishedChanges.class).published(organisation.getId());
        });
        return slug;
    }
}
