package id.umkm.portal.testsupport;

import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Boots the portal once per test run instead of once per IT class. Every IT class deploys the same
 * built WAR ({@link PortalDeployment#builtWar()}), and a Payara Micro boot costs 45 s or more, so the
 * first class's deployment is kept and handed to every later class; it is undeployed when the run
 * ends. IT classes therefore share one server and one database: they create their own data.
 */
public final class OnePortalPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    /** Arquillian observer; one instance lives for the whole run. */
    public static final class SharedDeployment {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private DeploymentScenario runScenario;
        private boolean deployed;

        public void generateOnce(@Observes EventContext<GenerateDeployment> generation) {
            if (runScenario == null) {
                generation.proceed();
                runScenario = classScenario.get();
            } else {
                classScenario.set(runScenario);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> deployment) {
            if (!deployed) {
                deployed = true;
                deployment.proceed();
            }
        }

        /** A class ending leaves the portal running for the next class. */
        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> undeployment) {
            // deliberately not proceeding: undeployAtEnd does it once
        }

        public void undeployAtEnd(@Observes(precedence = 100) AfterSuite end) {
            if (runScenario == null) {
                return;
            }
            for (Deployment deployment : runScenario.deployments()) {
                if (deployment.isDeployed()) {
                    undeploy.fire(new UnDeployDeployment(
                            containers.get().getContainer(deployment.getDescription().getTarget()), deployment));
                }
            }
        }
    }
}
