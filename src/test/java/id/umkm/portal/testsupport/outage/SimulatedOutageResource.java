package id.umkm.portal.testsupport.outage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an API resource (under /api/v1) meeting the database away. */
@Path("test-only/database-down")
public class SimulatedOutageResource {

    @GET
    public String read() {
        throw SimulatedOutage.databaseAway();
    }
}
