package id.umkm.portal.devtools.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.devtools.Migrations;
import id.umkm.portal.devtools.PayaraMicroProcess;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The cluster command ({@code ./mvnw -Pcluster package}): the embedded MariaDB, two Payara Micro
 * instances forming one Hazelcast cluster (payara-config/cluster-local.properties) and nginx from
 * Debian in front of them (ops/nginx/umkm-portal.conf). -Dumkm.cluster.mode= run (default) keeps it
 * running until Ctrl-C; drill runs the session failover drill (SessionFailoverDrill), load the load drill
 * (LoadDrill) through nginx, faults the fault drills (FaultDrills), all the three of them, then stop; db
 * starts only the
 * database (for ops/backup-drill.sh) until Ctrl-C.
 */
public final class ClusterLauncher implements AutoCloseable {

    final Path basedir = Path.of(System.getProperty("umkm.basedir", "."));
    final Path work = basedir.resolve("target/cluster");
    final int httpPort = Integer.getInteger("umkm.cluster.http-port", 8090);
    final int firstInstancePort = Integer.getInteger("umkm.cluster.instance-port", httpPort + 1);
    final int dbPort = Integer.getInteger("umkm.cluster.db-port", 3308);
    final int smtpPort = Integer.getInteger("umkm.cluster.smtp-port", 2526);
    final int hzPort = Integer.getInteger("umkm.cluster.hz-port", 5900);
    final int gatewayPort = Integer.getInteger("umkm.cluster.gateway-port", httpPort + 3);
    final int ossPort = Integer.getInteger("umkm.cluster.oss-port", httpPort + 4);
    final String jobsInterval = System.getProperty("umkm.cluster.jobs-interval", "PT10S");
    private final Path war = Path.of(System.getProperty("umkm.war", "target/umkm-portal.war"));
    private final Path dataDir = Path.of(System.getProperty("umkm.cluster.data-dir",
            basedir.resolve("target/cluster-db").toString()));
    private final String nginxBinary = System.getProperty("umkm.cluster.nginx", "/usr/sbin/nginx");

    EmbeddedMariaDb db;
    private GreenMail mail;
    final List<PayaraMicroProcess> instances = new ArrayList<>();
    private Process nginx;
    /** Stand-ins for the gateway and OSS: they forward to the portal's simulators; FaultDrills makes them slow. */
    WireMockServer gateway;
    WireMockServer oss;

    public static void main(String[] args) throws Exception {
        ClusterLauncher cluster = new ClusterLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        String mode = System.getProperty("umkm.cluster.mode", "run");
        try {
            if (mode.equals("db")) {
                cluster.startDatabase();
                System.out.printf("Database only, on port %d. Ctrl-C stops it.%n", cluster.dbPort);
                Thread.currentThread().join();
            }
            cluster.start();
            if (mode.equals("run")) {
                System.out.printf("%nCluster ready: http://localhost:%d/ (nginx) over instances on ports %d and %d."
                        + " Ctrl-C stops it.%n", cluster.httpPort, cluster.firstInstancePort, cluster.firstInstancePort + 1);
                cluster.instances.get(0).waitFor();
                return;
            }
            boolean passed = switch (mode) {
                case "drill" -> new SessionFailoverDrill(cluster).run();
                case "load" -> cluster.load();
                // Everything on one boot (boots are slow on a shared machine); the failover drill kills an
                // instance, so it comes last.
                case "all" -> new FaultDrills(cluster).run() & cluster.load() & new SessionFailoverDrill(cluster).run();
                case "faults" -> new FaultDrills(cluster).run();
                default -> throw new IllegalArgumentException("Unknown umkm.cluster.mode " + mode);
            };
            cluster.close();
            System.exit(passed ? 0 : 1);
        } catch (Exception e) {
            // Stop the servers started so far; the mail sink's threads would keep Maven waiting.
            e.printStackTrace();
            cluster.close();
            System.exit(2);
        }
    }

    void start() throws Exception {
        Files.createDirectories(work.resolve("nginx/tmp"));
        startDatabase();
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        gateway = forwarding(gatewayPort, "simulator/midtrans");
        oss = forwarding(ossPort, "simulator/oss");
        for (int i = 0; i < 2; i++) {
            instances.add(startInstance(i));
        }
        for (PayaraMicroProcess instance : instances) {
            instance.awaitReady(Duration.ofMinutes(Integer.getInteger("umkm.cluster.boot-minutes", 20)));
            System.out.printf("Instance on port %d (pid %d) ready%n", instance.port(), instance.pid());
        }
        startNginx();
    }

    void startDatabase() throws Exception {
        Files.createDirectories(dataDir.getParent());
        db = EmbeddedMariaDb.start(dataDir.toFile(), dbPort, "umkm", "umkm-demo", false);
        int schema = Migrations.applySchema(db);
        int demo = Migrations.loadDemoData(db, basedir.resolve("sql/demo"));
        System.out.printf("MariaDB on port %d (%d migrations, %d demo scripts applied now)%n", dbPort, schema, demo);
    }

    private WireMockServer forwarding(int port, String simulator) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(40));
        server.start();
        fallBack(server, simulator);
        return server;
    }

    /** Every request goes on to the portal's simulator through nginx; stubs added with default priority win. */
    void fallBack(WireMockServer server, String simulator) {
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().proxiedFrom("http://127.0.0.1:" + httpPort + "/" + simulator)));
    }

    /** Stops the database as an outage would, and starts it again on the same files (FaultDrills). */
    void stopDatabase() throws Exception {
        db.close();
        db = null;
    }

    private boolean load() throws Exception {
        System.setProperty("load.base", "http://localhost:" + httpPort + "/");
        System.setProperty("load.jdbc-url", EmbeddedMariaDb.jdbcUrl(dbPort));
        LoadDrill drill = new LoadDrill();
        drill.prepare();
        return drill.runWithSteps();
    }

    PayaraMicroProcess startInstance(int index) throws IOException {
        int port = firstInstancePort + index;
        Path log = work.resolve("instance-" + (char) ('a' + index) + ".log");
        Map<String, String> environment = Map.ofEntries(
                Map.entry("UMKM_DB_URL", db.jdbcUrl()),
                Map.entry("UMKM_DB_USER", db.user()),
                Map.entry("UMKM_DB_PASSWORD", db.password()),
                Map.entry("UMKM_MAIL_HOST", "127.0.0.1"),
                Map.entry("UMKM_MAIL_PORT", String.valueOf(smtpPort)),
                Map.entry("UMKM_PUBLIC_BASE_URL", "http://localhost:" + httpPort),
                Map.entry("UMKM_JOBS_INTERVAL", jobsInterval),
                Map.entry("UMKM_PAYMENT_SIMULATOR_ENABLED", "true"),
                Map.entry("UMKM_PAYMENT_GATEWAY_URL", "http://127.0.0.1:" + gatewayPort),
                Map.entry("UMKM_PAYMENT_GATEWAY_SERVER_KEY", "demo-server-key"),
                Map.entry("UMKM_OSS_SIMULATOR_ENABLED", "true"),
                Map.entry("UMKM_OSS_URL", "http://127.0.0.1:" + ossPort),
                Map.entry("UMKM_OSS_USER_KEY", "demo-user-key"),
                Map.entry("UMKM_OSS_PUSH_KEY", "demo-push-key"));
        return PayaraMicroProcess.start(war, basedir.resolve("payara-config"), port, environment, log,
                hazelcastProperties(), List.of("--name", "portal-" + (char) ('a' + index)));
    }

    /** payara-config/cluster-local.properties as -D options, its ports moved to umkm.cluster.hz-port. */
    private List<String> hazelcastProperties() throws IOException {
        Properties hz = new Properties();
        try (Reader in = Files.newBufferedReader(basedir.resolve("payara-config/cluster-local.properties"))) {
            hz.load(in);
        }
        hz.setProperty("payaramicro.startPort", String.valueOf(hzPort));
        hz.setProperty("payaramicro.clusterMode", "tcpip:127.0.0.1:" + hzPort + ",127.0.0.1:" + (hzPort + 1));
        return hz.stringPropertyNames().stream().sorted().map(k -> "-D" + k + "=" + hz.getProperty(k)).toList();
    }

    private void startNginx() throws IOException, InterruptedException {
        Path dir = work.resolve("nginx").toAbsolutePath();
        StringBuilder upstreams = new StringBuilder();
        for (PayaraMicroProcess instance : instances) {
            upstreams.append("    server 127.0.0.1:").append(instance.port()).append(" max_fails=1 fail_timeout=10s;\n");
        }
        String site = Files.readString(basedir.resolve("ops/nginx/umkm-portal.conf"))
                .replace("{{listen}}", "127.0.0.1:" + httpPort)
                .replace("{{upstream_servers}}", upstreams.toString().stripTrailing());
        Files.writeString(dir.resolve("umkm-portal.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                "daemon off;",
                "worker_processes 2;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "    access_log " + dir.resolve("access.log") + ";",
                "    client_body_temp_path " + dir.resolve("tmp") + ";",
                "    proxy_temp_path " + dir.resolve("tmp") + ";",
                "    include " + dir.resolve("umkm-portal.conf") + ";",
                "}", ""));
        nginx = new ProcessBuilder(nginxBinary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Thread.sleep(1000);
        if (!nginx.isAlive()) {
            throw new IllegalStateException("nginx did not start: see " + dir.resolve("nginx.out")
                    + " (apt-get install -y nginx)");
        }
        System.out.println("nginx on port " + httpPort + " (config " + dir.resolve("nginx.conf") + ")");
    }

    @Override
    public synchronized void close() {
        try {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
                nginx = null;
            }
            for (PayaraMicroProcess instance : instances) {
                instance.close();
            }
            instances.clear();
            if (gateway != null) {
                gateway.stop();
                oss.stop();
                gateway = null;
            }
            if (mail != null) {
                mail.stop();
                mail = null;
            }
            if (db != null) {
                db.close();
                db = null;
            }
        } catch (Exception e) {
            System.err.println("Stopping the cluster: " + e);
        }
    }
}
