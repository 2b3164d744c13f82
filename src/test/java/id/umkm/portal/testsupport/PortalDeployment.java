package id.umkm.portal.testsupport;

import id.umkm.portal.testsupport.outage.SimulatedOutage;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, as it ships, for client-side Arquillian tests, plus the test-only
 * simulated database outage ({@link SimulatedOutage}) under /test-only: production has no such page.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /** Waits until the deployed portal answers its readiness check, or fails saying so. */
    public static void awaitReady(URL base) {
        PortalClient client = new PortalClient(base);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (client.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The portal at port " + base.getPort() + " never became ready", last);
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("umkm.war", "target/umkm-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify packages it): " + war);
        }
        // ROOT.war: the portal lives at the server's root, as in production.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage(SimulatedOutage.class.getPackage())
                .addAsWebResource(new File("src/test/resources/test-only/database-down.xhtml"), "test-only/database-down.xhtml");
    }
}
