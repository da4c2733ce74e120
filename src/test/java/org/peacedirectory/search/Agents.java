package org.peacedirectory.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Hibernate Search's outbox-polling agents as registered in the database (hsearch_agent). */
final class Agents {

    private Agents() {}

    /**
     * How many event processors run once they have agreed how to share the events, with no mass indexing
     * going on; 0 while any processor is still waiting for the others or a mass indexer is registered.
     * Every test context on the shared test database and OpenSearch registers one processor.
     */
    static int allProcessorsRunning(JdbcClient jdbc) {
        return jdbc.sql("""
                select case when count(*) filter (where type = 'MASS_INDEXING' or state <> 'RUNNING') = 0
                            then count(*) else 0 end
                from hsearch_agent""").query(Integer.class).single();
    }
}
