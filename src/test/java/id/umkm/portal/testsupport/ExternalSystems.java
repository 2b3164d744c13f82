package id.umkm.portal.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URL;

/**
 * The payment gateway and OSS as the portal under test reaches them: two WireMock servers, one
 * per system, on the ports the test Payara is configured with (see arquillian.xml). By default
 * each forwards every request to the portal's own simulator of that system, so journeys run
 * the real HTTP path end to end; a protocol test stubs particular answers (errors, slowness,
 * recorded payloads) on top and calls {@link #reset} when done.
 */
public final class ExternalSystems {

    /** Stubs at this priority lose to any stub a test adds with the default priority. */
    private static final int FALLBACK_PRIORITY = 10;

    private static WireMockServer gateway;
    private static WireMockServer oss;

    private ExternalSystems() {
    }

    static void start(int gatewayPort, int ossPort) {
        gateway = started(gatewayPort);
        oss = started(ossPort);
    }

    static void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (oss != null) {
            oss.stop();
        }
    }

    public static WireMockServer gateway() {
        return running(gateway, "payment gateway");
    }

    public static WireMockServer oss() {
        return running(oss, "OSS");
    }

    /** Gateway requests go to the portal's Midtrans simulator at base (the deployment URL). */
    public static void gatewayFallsBackToSimulator(URL base) {
        fallBackTo(gateway(), base, "simulator/midtrans");
    }

    /** OSS requests go to the portal's OSS simulator at base (the deployment URL). */
    public static void ossFallsBackToSimulator(URL base) {
        fallBackTo(oss(), base, "simulator/oss");
    }

    /** Drops a test's own stubs and recorded requests, keeping nothing but an empty server. */
    public static void reset(WireMockServer server) {
        server.resetAll();
    }

    private static void fallBackTo(WireMockServer server, URL base, String simulatorPath) {
        String target = base.toString().replaceAll("/+$", "") + "/" + simulatorPath;
        server.stubFor(any(anyUrl()).atPriority(FALLBACK_PRIORITY).willReturn(aResponse().proxiedFrom(target)));
    }

    private static WireMockServer started(int port) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(20));
        server.start();
        return server;
    }

    private static WireMockServer running(WireMockServer server, String what) {
        if (server == null) {
            throw new IllegalStateException("The fake " + what + " runs only in the integration-test phase (mvn verify)");
        }
        return server;
    }
}
