package id.umkm.portal.payment.infrastructure.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Midtrans simulator's own JAX-RS application, so it answers at /simulator/midtrans/v2/... like the real API root. */
@ApplicationPath("/simulator/midtrans")
public class SimulatorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MidtransSimulatorResource.class);
    }
}
