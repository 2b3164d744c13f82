package id.umkm.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.umkm.portal.devtools.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the in-server tests need before the first Payara Micro boots, once per test run: a
 * fresh MariaDB (so the portal's migrations run on an empty database), an SMTP sink and WireMock
 * servers standing in for the payment gateway and OSS. Only the
 * integration-test run (failsafe, which sets umkm.test.db.port) starts them; unit tests do not.
 */
public final class TestServices implements LauncherSessionListener {

    static final String DB_USER = "umkm";
    static final String DB_PASSWORD = "umkm-test";

    private static EmbeddedMariaDb database;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("umkm.test.db.port");
        if (dbPort == null || database != null) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("umkm.test.dir", "target"), "test-db");
            deleteRecursively(dataDir);
            Files.createDirectories(Path.of(System.getProperty("umkm.test.dir", "target"), "tmp"));
            database = EmbeddedMariaDb.start(dataDir.toFile(), Integer.parseInt(dbPort), DB_USER, DB_PASSWORD, true);
            mail = new GreenMail(new ServerSetup(Integer.getInteger("umkm.test.smtp.port"), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            mail.start();
            ExternalSystems.start(Integer.getInteger("umkm.test.gateway.port"), Integer.getInteger("umkm.test.oss.port"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database or mail sink", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            ExternalSystems.stop();
            if (mail != null) {
                mail.stop();
            }
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            System.err.println("Stopping test services: " + e);
        }
    }

    static EmbeddedMariaDb database() {
        if (database == null) {
            throw new IllegalStateException("The test database runs only in the integration-test phase (mvn verify)");
        }
        return database;
    }

    static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("The mail sink runs only in the integration-test phase (mvn verify)");
        }
        return mail;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
