package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.shared.jobs.ClusterJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recomputes the dashboard's summary table shortly after start and then every
 * umkm.dashboard.refresh-interval (15 minutes by default), on one instance of the cluster (the job
 * lease). The refresh also serialises itself on a row lock, so a run outlasting its lease only repeats
 * work, never mixes it; a failed refresh keeps the previous figures.
 */
@Startup
@Singleton
public class DashboardJobs {

    @Inject
    private ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = "umkm.dashboard.refresh-interval", defaultValue = "PT15M")
    private Duration interval;

    @Inject
    private Dashboard dashboard;

    @PostConstruct
    void start() {
        jobs.every("dashboard", Duration.ofSeconds(20), interval, run -> run.step("refreshing the dashboard figures",
                dashboard::refresh));
    }
}
