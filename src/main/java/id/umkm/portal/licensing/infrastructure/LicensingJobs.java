package id.umkm.portal.licensing.infrastructure;

import id.umkm.portal.licensing.application.ExpiryReminders;
import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Every jobs interval, on one instance of the cluster: expiry reminders for permits entering their renewal window. */
@Startup
@Singleton
public class LicensingJobs {

    @Inject
    private ClusterJobs jobs;

    @Inject
    private ExpiryReminders reminders;

    @PostConstruct
    void start() {
        jobs.everyInterval("licensing", this::remind);
    }

    private void remind(JobRun run) {
        for (long id : reminders.due()) {
            run.step("reminding permit application " + id + " of its expiry", () -> reminders.remind(id));
        }
    }
}
