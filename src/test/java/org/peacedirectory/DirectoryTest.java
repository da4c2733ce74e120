package org.peacedirectory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.peacedirectory.account.TestAccounts;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random port, against the test run's real PostgreSQL with the demo data. Every test
 * class uses this one configuration, so Spring starts a single context for the suite (a class with
 * properties of its own adds one). Each context has its own search index, in a directory of its own under
 * target/, built before the context is ready; counts are not reused (cache lifetime 0). A test that
 * changes data with SQL, behind the application's back, rebuilds the index (SearchIndexing.rebuild()).
 * {@link SqlStatements} counts the SQL statements a request or a call costs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "directory.embedded-db.enabled=false",
            "directory.demo-data=true",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "directory.search.cache-lifetime=0s",
            // Each test context its own search index, built before the context is ready.
            "directory.search.index-dir=target/search-index/${random.uuid}",
            "directory.search.rebuild-in-background=false",
            // Incomplete event publications are resubmitted only when a test asks (EventPublicationRetry): the
            // contexts share one database, and another context's round could take a test's publication.
            "directory.events.resubmit-every=0s",
            "management.server.port=0"
        })
@Import({TestDatabase.class, SubmissionTestSupport.class, TestAccounts.class, HostileProfiles.class, SqlStatements.class
})
public @interface DirectoryTest {}
