package id.umkm.portal.devtools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The run command ({@code ./mvnw -Pdemo package}): an embedded MariaDB whose files survive restarts,
 * the migrations, the demo data (once), a local SMTP sink whose mails are printed here, and Payara
 * Micro with the portal at http://localhost:8080/. Ctrl-C stops everything.
 */
public final class DemoLauncher {

    static final String DEMO_PASSWORD = "umkm-demo-2026";
    static final List<String> DEMO_ACCOUNTS = List.of(
            "admin@demo.umkm.id        ADMIN",
            "staf@demo.umkm.id         DKUMKMP_STAFF",
            "perizinan@demo.umkm.id    LICENSING_OFFICER",
            "kasir@demo.umkm.id        OUTLET_CASHIER",
            "penjual@demo.umkm.id      SELLER",
            "pembeli@demo.umkm.id      BUYER");

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("umkm.basedir", "."));
        Path war = Path.of(System.getProperty("umkm.war", "target/umkm-portal.war"));
        Path dataDir = Path.of(System.getProperty("umkm.demo.data-dir", basedir.resolve("target/demo-db").toString()));
        int httpPort = Integer.getInteger("umkm.demo.http-port", 8080);
        int dbPort = Integer.getInteger("umkm.demo.db-port", 3307);
        int smtpPort = Integer.getInteger("umkm.demo.smtp-port", 2525);
        Files.createDirectories(dataDir.getParent());

        long started = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.toFile(), dbPort, "umkm", "umkm-demo", false);
        int schema = Migrations.applySchema(db);
        int demo = Migrations.loadDemoData(db, basedir.resolve("sql/demo"));
        System.out.printf("MariaDB 10.11 on port %d, data in %s (%d migrations and %d demo scripts applied now)%n",
                dbPort, dataDir, schema, demo);

        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ScheduledExecutorService mailPrinter = Executors.newSingleThreadScheduledExecutor();
        mailPrinter.scheduleWithFixedDelay(new MailPrinter(mail), 1, 1, TimeUnit.SECONDS);

        Path log = basedir.resolve("target/payara-micro.log");
        PayaraMicroProcess payara = PayaraMicroProcess.start(war, basedir.resolve("payara-config"), httpPort, Map.ofEntries(
                Map.entry("UMKM_DB_URL", db.jdbcUrl()),
                Map.entry("UMKM_DB_USER", db.user()),
                Map.entry("UMKM_DB_PASSWORD", db.password()),
                Map.entry("UMKM_MAIL_HOST", "127.0.0.1"),
                Map.entry("UMKM_MAIL_PORT", String.valueOf(smtpPort)),
                Map.entry("UMKM_PUBLIC_BASE_URL", "http://localhost:" + httpPort),
                // The gateway and OSS cannot be reached from here: the portal's own simulators answer
                // their protocols over real HTTP (enabled only by these settings, never in production).
                Map.entry("UMKM_PAYMENT_SIMULATOR_ENABLED", "true"),
                Map.entry("UMKM_PAYMENT_GATEWAY_URL", "http://localhost:" + httpPort + "/simulator/midtrans"),
                Map.entry("UMKM_PAYMENT_GATEWAY_SERVER_KEY", "demo-server-key"),
                Map.entry("UMKM_OSS_SIMULATOR_ENABLED", "true"),
                Map.entry("UMKM_OSS_URL", "http://localhost:" + httpPort + "/simulator/oss"),
                Map.entry("UMKM_OSS_USER_KEY", "demo-user-key"),
                Map.entry("UMKM_OSS_PUSH_KEY", "demo-push-key")), log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the portal, the mail sink and MariaDB...");
            try {
                payara.close();
                mailPrinter.shutdownNow();
                mail.stop();
                db.close();
            } catch (Exception e) {
                System.err.println("Shutdown: " + e);
            }
        }));
        System.out.println("Starting Payara Micro (log: " + log + ")...");
        payara.awaitReady(Duration.ofMinutes(5));
        printWelcome(httpPort, smtpPort, Duration.ofNanos(System.nanoTime() - started));
        payara.waitFor();
    }

    private static void printWelcome(int httpPort, int smtpPort, Duration startup) {
        System.out.println();
        System.out.println("==============================================================");
        System.out.printf(" Portal UMKM Balikpapan is running at http://localhost:%d/%n", httpPort);
        System.out.printf(" (ready in %.1f s)%n", startup.toMillis() / 1000.0);
        System.out.println(" Demo accounts, password for all: " + DEMO_PASSWORD);
        DEMO_ACCOUNTS.forEach(line -> System.out.println("   " + line));
        System.out.printf(" Mail goes to a local sink on port %d; every mail is printed below.%n", smtpPort);
        System.out.println(" Press Ctrl-C to stop.");
        System.out.println("==============================================================");
    }

    /** Prints each mail once, so a demo user can open verification and reset links. */
    private static final class MailPrinter implements Runnable {
        private final GreenMail mail;
        private final Set<String> printed = new HashSet<>();

        MailPrinter(GreenMail mail) {
            this.mail = mail;
        }

        @Override
        public void run() {
            for (MimeMessage m : mail.getReceivedMessages()) {
                try {
                    if (printed.add(m.getMessageID())) {
                        System.out.println("---- mail to " + InternetAddress.toString(m.getAllRecipients()) + ": " + m.getSubject());
                        System.out.println(GreenMailUtil.getBody(m));
                    }
                } catch (MessagingException e) {
                    System.out.println("---- unreadable mail: " + e);
                }
            }
        }
    }
}
