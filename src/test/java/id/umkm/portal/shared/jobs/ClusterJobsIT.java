package id.umkm.portal.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Jobs run once across the cluster: at the lease level, many instances claiming at the same moment against
 * the real database (each claimer stands for an instance: its own holder id and connection); and the
 * running portal, which runs its jobs under those leases and steps aside while another instance holds one.
 * The same with two real Payara Micro instances is the cluster drill (ClusterDrill, -Pcluster).
 */
class ClusterJobsIT extends PortalIT {

    private static final List<String> PORTAL_JOBS = List.of("order", "payment", "training", "oss", "licensing");
    private static final int INSTANCES = 8;

    private final JdbcJobLeases leases = new JdbcJobLeases(testDataSource());

    @Test
    void instancesClaimingTogetherGetEachLeaseOnceUntilItLapses() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < 5; round++) {
                // A job never run before: its row is created by the race itself.
                String job = "drill-" + UUID.randomUUID().toString().substring(0, 8);
                List<String> first = claimTogether(pool, job, Duration.ofMillis(1500));
                assertThat(first).as("winners of the first claim of %s", job).hasSize(1);

                List<String> whileHeld = claimTogether(pool, job, Duration.ofMillis(1500));
                assertThat(whileHeld).as("only the holder renews while its lease runs").containsExactlyElementsOf(first);

                Thread.sleep(1700);
                List<String> afterLapse = claimTogether(pool, job, Duration.ofMillis(1500));
                assertThat(afterLapse).as("one instance takes the lapsed lease").hasSize(1);
                assertThat(TestDatabase.count("SELECT claims FROM job_lease WHERE name = ?", job)).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCleanShutdownHandsTheLeasesOverAtOnce() {
        String job = "drill-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(leases.claim(job, "instance-a", Duration.ofMinutes(10))).isTrue();
        assertThat(leases.claim(job, "instance-b", Duration.ofMinutes(10))).isFalse();

        leases.releaseAll("instance-a");

        assertThat(leases.claim(job, "instance-b", Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void thePortalRunsEveryJobUnderALeaseAndStepsAsideWhileAnotherInstanceHoldsIt() throws Exception {
        awaitTrue(Duration.ofSeconds(30), () -> TestDatabase.count("SELECT COUNT(DISTINCT holder) FROM job_lease"
                + " WHERE name IN ('order','payment','training','oss','licensing') AND claims > 0") == 1
                && TestDatabase.count("SELECT COUNT(*) FROM job_lease WHERE name IN"
                + " ('order','payment','training','oss','licensing') AND held_until > UTC_TIMESTAMP(6)") == PORTAL_JOBS.size());
        String portal = TestDatabase.string("SELECT holder FROM job_lease WHERE name = 'licensing'");
        long portalClaims = TestDatabase.count("SELECT claims FROM job_lease WHERE name = 'licensing'");
        awaitTrue(Duration.ofSeconds(15), () -> TestDatabase.count("SELECT claims FROM job_lease WHERE name = 'licensing'")
                > portalClaims);

        // Another instance takes the licensing lease for 6 s (as if the portal's had lapsed): the portal,
        // whose jobs interval is 2 s here, must leave it alone until it lapses, then take it back.
        assertThat(TestDatabase.update("UPDATE job_lease SET holder = 'other-instance', claims = claims + 1,"
                + " held_until = TIMESTAMPADD(SECOND, 6, UTC_TIMESTAMP(6)) WHERE name = 'licensing'")).isEqualTo(1);
        long othersClaims = TestDatabase.count("SELECT claims FROM job_lease WHERE name = 'licensing'");
        Thread.sleep(4500);
        assertThat(TestDatabase.string("SELECT holder FROM job_lease WHERE name = 'licensing'")).isEqualTo("other-instance");
        assertThat(TestDatabase.count("SELECT claims FROM job_lease WHERE name = 'licensing'")).isEqualTo(othersClaims);

        awaitTrue(Duration.ofSeconds(15),
                () -> portal.equals(TestDatabase.string("SELECT holder FROM job_lease WHERE name = 'licensing'")));
    }

    private List<String> claimTogether(ExecutorService pool, String job, Duration hold) throws Exception {
        CyclicBarrier start = new CyclicBarrier(INSTANCES);
        List<Future<String>> claims = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String holder = "instance-" + i;
            claims.add(pool.submit(() -> {
                start.await();
                return leases.claim(job, holder, hold) ? holder : null;
            }));
        }
        List<String> winners = new ArrayList<>();
        for (Future<String> claim : claims) {
            String winner = claim.get();
            if (winner != null) {
                winners.add(winner);
            }
        }
        return winners;
    }

    private static void awaitTrue(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", timeout).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static MysqlDataSource testDataSource() {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(EmbeddedMariaDb.jdbcUrl(Integer.getInteger("umkm.test.db.port")));
        ds.setUser("umkm");
        ds.setPassword("umkm-test");
        return ds;
    }
}
