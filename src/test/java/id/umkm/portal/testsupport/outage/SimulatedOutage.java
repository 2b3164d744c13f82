package id.umkm.portal.testsupport.outage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Test-only (added to the test deployment by PortalDeployment, never in the shipped WAR): fails the way
 * the persistence layer fails when the database is away, so the busy page, filter and API mapper can be
 * exercised without stopping the database every other test shares. Used by the page
 * /test-only/database-down.xhtml, {@link SimulatedOutageServlet} and {@link SimulatedOutageResource}.
 */
@Named
@RequestScoped
public class SimulatedOutage {

    /** Read while the page renders. */
    public String getData() {
        throw databaseAway();
    }

    /** A button's action (INVOKE_APPLICATION). */
    public void save() {
        throw databaseAway();
    }

    /** A lasting failure, a bug: the busy page must not hide it. */
    public String getBug() {
        throw new IllegalStateException("simulated bug");
    }

    static PersistenceException databaseAway() {
        return new PersistenceException("Exception [EclipseLink-4002] (simulated by a test)",
                new SQLNonTransientConnectionException("Communications link failure", "08S01"));
    }
}
