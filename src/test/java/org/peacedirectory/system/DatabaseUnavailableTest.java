package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database does not answer" (a 503), as seen in DatabaseOutageTest; the rest stay errors. */
class DatabaseUnavailableTest {

    @Test
    void theDatabaseNotAnsweringIsAnUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                        new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SocketTimeoutException("Read timed out"))))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnUnavailability() {
        var rollback = new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(rollback)))
                .isTrue();
    }

    @Test
    void otherDataFailuresStayErrors() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new OptimisticLockingFailureException("changed")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to commit against JDBC Connection", new SQLException("deferred unique", "23505")))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
    }
}
