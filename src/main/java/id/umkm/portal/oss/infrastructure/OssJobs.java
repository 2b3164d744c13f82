package id.umkm.portal.oss.infrastructure;

import id.umkm.portal.oss.application.NibLookups;
import id.umkm.portal.oss.application.OssNibRegistry;
import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Every jobs interval, on one instance of the cluster: asks OSS again about the NIBs it could not answer
 * before. Answers reach sellers and applications through {@code NibAnswered}.
 */
@Startup
@Singleton
public class OssJobs {

    @Inject
    private ClusterJobs jobs;

    @Inject
    private NibLookups lookups;

    @Inject
    private OssNibRegistry registry;

    @PostConstruct
    void start() {
        jobs.everyInterval("oss", this::retryPending);
    }

    private void retryPending(JobRun run) {
        for (String nib : lookups.due(run.now(), 20)) {
            run.step("retrying the OSS look-up of " + nib, () -> registry.retry(nib));
        }
    }
}
