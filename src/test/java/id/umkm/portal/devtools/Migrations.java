package id.umkm.portal.devtools;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * Flyway outside the server: the schema migrations (the same classpath:db/migration the portal runs
 * at startup) and the demo data of sql/demo, which keeps its own history table so that it is loaded
 * once and never mixes with the schema's versions.
 */
public final class Migrations {

    public static final String DEMO_HISTORY_TABLE = "flyway_demo_history";

    private Migrations() {
    }

    public static int applySchema(EmbeddedMariaDb db) {
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** Loads sql/demo once; a second call finds everything applied and changes nothing. */
    public static int loadDemoData(EmbeddedMariaDb db, Path demoFolder) {
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + demoFolder.toAbsolutePath())
                .table(DEMO_HISTORY_TABLE)
                // The schema already exists (it holds the portal's tables): start this history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
