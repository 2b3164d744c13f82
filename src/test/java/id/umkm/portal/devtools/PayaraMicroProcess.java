package id.umkm.portal.devtools;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro in a child process serving the portal WAR, as in production: the same jar, the same
 * pre-boot commands from payara-config/, configuration through environment variables.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraMicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraMicroProcess start(Path war, Path payaraConfig, int port, Map<String, String> environment,
            Path logFile) throws IOException {
        return start(war, payaraConfig, port, environment, logFile, List.of(), List.of("--nocluster"));
    }

    /**
     * As above, with more JVM options (e.g. Payara Micro's payaramicro.* clustering properties) and more
     * Payara Micro options instead of --nocluster (see ClusterLauncher).
     */
    public static PayaraMicroProcess start(Path war, Path payaraConfig, int port, Map<String, String> environment,
            Path logFile, List<String> jvmOptions, List<String> microOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", payaraMicroJar().toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--prebootcommandfile", payaraConfig.resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", payaraConfig.resolve("logging.properties").toString()));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return new PayaraMicroProcess(builder.start(), port);
    }

    /** Waits until the portal answers its readiness check (database reachable, schema migrated). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during startup (exit " + process.exitValue() + ")");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still booting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready within " + timeout);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process at once, as a crash would (no shutdown hooks, no session hand-over). */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path payaraMicroJar() {
        try {
            return Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the Payara Micro jar", e);
        }
    }
}
