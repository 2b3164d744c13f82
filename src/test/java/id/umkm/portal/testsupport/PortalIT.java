package id.umkm.portal.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class: it talks to the portal from outside, as browsers and API clients do,
 * against the one server the whole run shares ({@link OnePortalPerRun}), which is ready before each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalIT {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive portal() {
        return PortalDeployment.builtWar();
    }

    @BeforeEach
    final void portalIsReady() {
        PortalDeployment.awaitReady(base);
    }
}
