package id.umkm.portal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailureMapperTest {

    @Test
    void storageFullConnectionLostAndDeadlocksArePassing() {
        assertThat(DatabaseFailureMapper.isPassing(new PersistenceException(new SQLException("The table media is full", "HY000", 1114))))
                .isTrue();
        assertThat(DatabaseFailureMapper.isPassing(new PersistenceException(new RuntimeException(
                new SQLNonTransientConnectionException("Communications link failure", "08S01"))))).isTrue();
        assertThat(DatabaseFailureMapper.isPassing(new PersistenceException(new SQLException("Deadlock found", "40001", 1213))))
                .isTrue();
    }

    @Test
    void aBrokenRuleOrAMissingCauseIsNotPassing() {
        assertThat(DatabaseFailureMapper.isPassing(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseFailureMapper.isPassing(new PersistenceException("no cause"))).isFalse();
    }
}
