package id.umkm.portal.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeasedJobTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Leases in memory with the table's rule: free, lapsed (never, here) or already the holder's. */
    private static final class OneHolderLeases implements JobLeases {
        final List<String> claims = new ArrayList<>();
        String holder;
        RuntimeException failure;

        @Override
        public boolean claim(String job, String claimer, Duration hold) {
            if (failure != null) {
                throw failure;
            }
            claims.add(job + ":" + claimer + ":" + hold);
            if (holder == null || holder.equals(claimer)) {
                holder = claimer;
                return true;
            }
            return false;
        }

        @Override
        public void releaseAll(String claimer) {
            if (claimer.equals(holder)) {
                holder = null;
            }
        }
    }

    private final OneHolderLeases leases = new OneHolderLeases();
    private final List<String> done = new ArrayList<>();

    private LeasedJob job(String holder) {
        return new LeasedJob("order", holder, Duration.ofMinutes(2), leases, CLOCK,
                run -> done.add(holder + "@" + run.now()));
    }

    @Test
    void only_the_instance_holding_the_lease_runs_the_job() {
        LeasedJob a = job("a");
        LeasedJob b = job("b");

        a.run();
        b.run();
        a.run();
        b.run();

        assertThat(done).containsExactly("a@" + NOW, "a@" + NOW);
        assertThat(leases.claims).containsExactly("order:a:PT2M", "order:b:PT2M", "order:a:PT2M", "order:b:PT2M");
    }

    @Test
    void another_instance_takes_over_once_the_holder_let_go() {
        LeasedJob a = job("a");
        LeasedJob b = job("b");
        a.run();

        leases.releaseAll("a");
        b.run();
        a.run();

        assertThat(done).containsExactly("a@" + NOW, "b@" + NOW);
    }

    @Test
    void an_unreachable_database_skips_the_run_without_killing_the_schedule() {
        leases.failure = new IllegalStateException("Communications link failure");

        assertThatCode(job("a")::run).doesNotThrowAnyException();
        assertThat(done).isEmpty();

        leases.failure = null;
        job("a").run();
        assertThat(done).containsExactly("a@" + NOW);
    }

    @Test
    void work_that_throws_does_not_escape_the_scheduled_task() {
        LeasedJob failing = new LeasedJob("oss", "a", Duration.ofMinutes(2), leases, CLOCK, run -> {
            throw new IllegalStateException("schema not migrated yet");
        });

        assertThatCode(failing::run).doesNotThrowAnyException();
    }

    @Test
    void a_failing_step_does_not_stop_the_following_steps() {
        JobRun run = new JobRun("training", NOW);
        List<Long> allocated = new ArrayList<>();

        for (long programme : new long[] {1, 2, 3}) {
            run.step("allocating programme " + programme, () -> {
                if (programme == 2) {
                    throw new IllegalStateException("deadlock");
                }
                allocated.add(programme);
            });
        }

        assertThat(allocated).containsExactly(1L, 3L);
        assertThat(run.failedSteps()).isEqualTo(1);
        assertThat(run.now()).isEqualTo(NOW);
    }
}
