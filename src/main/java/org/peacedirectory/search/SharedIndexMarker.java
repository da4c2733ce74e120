package org.peacedirectory.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared index's marker (Elasticsearch/OpenSearch backend): a row of {@code search_index_state} in the
 * database every instance shares, so that an instance started with an empty local directory finds the
 * index already built by another. Who builds is decided by a PostgreSQL session advisory lock, taken with
 * {@code pg_try_advisory_lock} on a connection of its own and held for the whole build: an instance that
 * does not get it leaves the build to the holder and serves meanwhile. The lock needs no table, no lease
 * to renew and no clean-up: PostgreSQL releases it when the holder's session ends, a killed instance's too.
 */
final class SharedIndexMarker implements SearchIndexMarker {

    private static final Logger log = LoggerFactory.getLogger(SharedIndexMarker.class);

    /** The advisory lock's key: any number no other part of the app locks ("search" in ASCII). */
    static final long BUILD_LOCK = 0x736561726368L;

    static final String INDEX = "organisation";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SharedIndexMarker(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public @Nullable String mappingVersion() {
        return jdbc.sql("select mapping_version from search_index_state where index_name = ?")
                .param(INDEX)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Override
    public void remember(String version) {
        jdbc.sql("""
                insert into search_index_state (index_name, mapping_version, built_at) values (?, ?, now())
                on conflict (index_name) do update set mapping_version = excluded.mapping_version,
                                                       built_at = excluded.built_at""").params(INDEX, version).update();
    }

    @Override
    public void forget() {
        jdbc.sql("delete from search_index_state where index_name = ?")
                .param(INDEX)
                .update();
    }

    @Override
    public String description() {
        return "no record in the database of a complete build of the shared index";
    }

    @Override
    public @Nullable BuildLock tryLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                connection.close();
                return null;
            }
            Connection holder = connection;
            return () -> release(holder);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot take the search index build lock", e);
        }
    }

    /** Unlocks before the connection goes back to the pool (a pooled session would keep the lock). */
    private static void release(Connection connection) {
        try {
            call(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // A broken session has lost its lock with it.
            log.warn("Search index build lock not released explicitly: {}", e.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, BUILD_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool replaces it
            }
        }
    }
}
