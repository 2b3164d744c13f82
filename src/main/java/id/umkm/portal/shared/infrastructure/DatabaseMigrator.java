package id.umkm.portal.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anyone. The schema is owned by the
 * Flyway migrations in sql/ (carried in the WAR as db/migration); EclipseLink never generates DDL.
 * The data source reads its URL and credentials from MicroProfile Config, i.e. the environment
 * variables UMKM_DB_URL, UMKM_DB_USER and UMKM_DB_PASSWORD in production.
 *
 * <p>A request waits at most 10 s for a free connection (Payara's default is 60 s) and 5 s for a new
 * one to open, then fails with a passing database failure that pages and the API answer with "busy,
 * try again" (503): a visitor gets a clear answer instead of a page that hangs, and the request
 * threads are not all held waiting on the database.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/umkm",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=umkm.db.url}",
        user = "${MPCONFIG=umkm.db.user}",
        password = "${MPCONFIG=umkm.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000",
            "connectTimeout=5000"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/umkm")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
