package id.umkm.portal.shared.jobs;

import java.time.Duration;

/** Named leases shared by every instance of the portal: whoever holds a job's lease runs it. */
public interface JobLeases {

    /**
     * Takes or renews the job's lease for the given time if it is free, lapsed or already the holder's.
     * Exactly one of several instances claiming at the same moment gets it.
     */
    boolean claim(String job, String holder, Duration hold);

    /** Gives up every lease of the holder at once (a clean shutdown), so another instance takes over now. */
    void releaseAll(String holder);
}
