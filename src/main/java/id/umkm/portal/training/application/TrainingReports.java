package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.training.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Staff reports: a programme's roster with attendance, reach per kecamatan, and the demand left unmet. */
@ApplicationScoped
@Transactional
public class TrainingReports {

    /** Holding or having held a seat. */
    private static final String SEATED = "('CONFIRMED', 'OFFERED', 'COMPLETED', 'NOT_COMPLETED')";

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private Attendance attendance;

    @Inject
    private AuthenticationService accounts;

    public record RosterRow(int number, String businessName, String participant, String kecamatan, EnrollmentStatus status,
            Integer place, Integer score, int attended, int sessions, String certificateCode) {
    }

    public record Reach(String kecamatan, long msmeRegistered, long applicants, long seated, long completed, long leftOut) {
    }

    public record UnmetDemand(long programmeId, String title, int capacity, long applicants, long seated, long leftOut,
            long budgetNeededRupiah) {
    }

    /** Everyone who applied, in roster order, with sessions attended and certificate code. */
    public List<RosterRow> roster(long programmeId) {
        int sessions = attendance.sessions(programmeId).size();
        Map<Long, Integer> attended = attendance.attendedCounts(programmeId);
        Map<Long, String> codes = certificateCodes(programmeId);
        List<RosterLine> lines = programmes.roster(programmeId);
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
            RosterLine l = lines.get(i);
            return new RosterRow(i + 1, l.businessName(), accounts.activeAccount(l.accountId()).map(Account::getFullName).orElse(""),
                    l.kecamatan(), l.status(), l.queueRank(), l.score(), attended.getOrDefault(l.enrollmentId(), 0), sessions,
                    codes.get(l.enrollmentId()));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> certificateCodes(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.enrollment_id, c.code FROM training_certificate c"
                        + " JOIN training_enrollment e ON e.id = c.enrollment_id WHERE e.programme_id = ?1")
                .setParameter(1, programmeId).getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> SqlValues.number(r[0]), r -> (String) r[1]));
    }

    /** Per kecamatan, over all programmes: applicants, seats given, completions, and applicants who never got a seat. */
    @SuppressWarnings("unchecked")
    public List<Reach> reach() {
        List<Object[]> rows = em.createNativeQuery("SELECT k.name, k.msme_registered_2019_2022,"
                + " COUNT(DISTINCT e.seller_id),"
                + " COUNT(DISTINCT CASE WHEN e.status IN " + SEATED + " THEN e.seller_id END),"
                + " COUNT(DISTINCT CASE WHEN e.status = 'COMPLETED' THEN e.seller_id END),"
                + " COUNT(CASE WHEN e.status = 'WAITLISTED' THEN 1 END)"
                + " FROM kecamatan k LEFT JOIN training_enrollment e ON e.kecamatan_id = k.id"
                + " GROUP BY k.id, k.name, k.msme_registered_2019_2022 ORDER BY k.name").getResultList();
        return rows.stream().map(r -> new Reach((String) r[0], SqlValues.number(r[1]), SqlValues.number(r[2]),
                SqlValues.number(r[3]), SqlValues.number(r[4]), SqlValues.number(r[5]))).toList();
    }

    /**
     * Per programme with applicants left waiting: how many, and what seating them would have cost at
     * the programme's budget per participant.
     */
    @SuppressWarnings("unchecked")
    public List<UnmetDemand> unmetDemand() {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.title, p.capacity, COUNT(e.id),"
                + " COUNT(CASE WHEN e.status IN " + SEATED + " THEN 1 END),"
                + " COUNT(CASE WHEN e.status = 'WAITLISTED' THEN 1 END), p.budget_per_participant_rupiah"
                + " FROM training_programme p JOIN training_enrollment e ON e.programme_id = p.id"
                + " GROUP BY p.id, p.title, p.capacity, p.budget_per_participant_rupiah"
                + " HAVING COUNT(CASE WHEN e.status = 'WAITLISTED' THEN 1 END) > 0 ORDER BY p.id DESC").getResultList();
        return rows.stream().map(r -> new UnmetDemand(SqlValues.number(r[0]), (String) r[1], (int) SqlValues.number(r[2]),
                SqlValues.number(r[3]), SqlValues.number(r[4]), SqlValues.number(r[5]),
                SqlValues.number(r[5]) * SqlValues.number(r[6]))).toList();
    }
}
