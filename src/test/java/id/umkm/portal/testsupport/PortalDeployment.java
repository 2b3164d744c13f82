package id.umkm.portal.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships, for client-side Arquillian tests. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("umkm.war", "target/umkm-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify packages it): " + war);
        }
        // ROOT.war: the portal lives at the server's root, as in production.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
