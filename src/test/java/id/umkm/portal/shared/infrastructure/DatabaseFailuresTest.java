package id.umkm.portal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsPassing() {
        // Connector/J's "Communications link failure" when the server is down or the connection broke.
        assertThat(DatabaseFailures.isPassing(new PersistenceException(new RuntimeException(
                new SQLNonTransientConnectionException("Communications link failure", "08S01"))))).isTrue();
        assertThat(DatabaseFailures.isPassing(new PersistenceException(
                new SQLException("Lost connection to server during query", "HY000", 2013)))).isTrue();
        assertThat(DatabaseFailures.isPassing(new SQLTransientConnectionException("Connection is not available"))).isTrue();
    }

    @Test
    void aPoolWithNoFreeConnectionWithinItsWaitIsPassing() {
        // As Payara reports it through EclipseLink: the SQLException has no state; the pool's own
        // exceptions (server classes, known by name) are its causes.
        Exception pool = new PoolingException("In-use connections equal max-pool-size and expected-max-wait-time-in-millis expired");
        Exception allocation = new ResourceAllocationException("Error in allocating a connection. Cause: " + pool.getMessage(), pool);
        assertThat(DatabaseFailures.isPassing(new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("Error in allocating a connection. Cause: " + pool.getMessage(), allocation)))).isTrue();
    }

    @Test
    void aFullStorageADeadlockAndALockWaitArePassing() {
        assertThat(DatabaseFailures.isPassing(new PersistenceException(new SQLException("The table media is full", "HY000", 1114))))
                .isTrue();
        assertThat(DatabaseFailures.isPassing(new PersistenceException(new SQLException("Deadlock found", "40001", 1213))))
                .isTrue();
        assertThat(DatabaseFailures.isPassing(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
    }

    @Test
    void aPassingFailureFurtherDownAnSqlExceptionChainCounts() {
        SQLException batch = new SQLException("Batch entry 3 failed", "HY000", 0);
        batch.setNextException(new SQLNonTransientConnectionException("Communications link failure", "08S01"));
        assertThat(DatabaseFailures.isPassing(new PersistenceException(batch))).isTrue();
    }

    @Test
    void aBrokenRuleABugOrAMissingCauseIsNotPassing() {
        assertThat(DatabaseFailures.isPassing(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseFailures.isPassing(new PersistenceException(
                new SQLSyntaxErrorException("Unknown column 'x'", "42S22", 1054)))).isFalse();
        assertThat(DatabaseFailures.isPassing(new PersistenceException("no cause"))).isFalse();
        assertThat(DatabaseFailures.isPassing(new IllegalStateException("not the database"))).isFalse();
        assertThat(DatabaseFailures.isPassing(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseFailures.isPassing(a)).isFalse();
    }

    /** Stand-ins named like Payara's connector exceptions, which are not on the test class path. */
    private static final class PoolingException extends Exception {
        private static final long serialVersionUID = 1L;

        PoolingException(String message) {
            super(message);
        }
    }

    private static final class ResourceAllocationException extends Exception {
        private static final long serialVersionUID = 1L;

        ResourceAllocationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
