package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff revise a programme's details after creating it ({@code PUT /api/v1/staff/trainings/{id}/details}):
 * every detail, the budget and seat rules, the version check, the waiting list when seats grow, the audit trail.
 */
class TrainingRevisionIT extends PortalIT {

    private static final short KOTA = 2;
    private static final short TIMUR = 5;

    private TrainingFixtures fixtures;
    private PortalClient staff;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        fixtures = new TrainingFixtures(base);
        staff = fixtures.staff();
    }

    @Test
    void staffReviseEveryDetailAndTheAuditTrailSaysWhoChangedWhat() {
        long programme = fixtures.openProgramme("Pemasaran digital dasar", "FIRST_COME", 2, 0, 3600, Map.of());
        long session = planSession(programme);
        JsonObject read = details(programme);
        Instant closes = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant starts = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        String revised = Json.createObjectBuilder(read).add("title", "Pemasaran digital lanjutan").add("topic", "QRIS_EMONEY")
                .add("partner", "Bank Indonesia Balikpapan").add("description", "Iklan berbayar dan katalog daring")
                .add("capacity", 4).add("totalBudgetRupiah", 1_000_000)
                .add("reservedSeats", Json.createObjectBuilder().add(String.valueOf(TIMUR), 2))
                .add("registrationClosesAt", closes.toString()).add("eligibleScales", Json.createArrayBuilder().add("MICRO"))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", session)
                        .add("title", "Hari pertama").add("startsAt", starts.toString())
                        .add("endsAt", starts.plus(Duration.ofHours(3)).toString()).add("onlineLink", "https://meet.example.id/umkm")))
                .build().toString();

        PortalClient seller = fixtures.quickSeller("Penjual Ingin Ubah", KOTA);
        assertThat(seller.putJson(path(programme), revised).statusCode()).as("a seller token").isEqualTo(403);
        assertThat(seller.get(path(programme)).statusCode()).isEqualTo(403);

        HttpResponse<String> answer = staff.putJson(path(programme), revised);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(PortalClient.json(answer).getInt("version")).isGreaterThan(read.getInt("version"));
        JsonObject now = details(programme);
        assertThat(now.getString("title")).isEqualTo("Pemasaran digital lanjutan");
        assertThat(now.getString("topic")).isEqualTo("QRIS_EMONEY");
        assertThat(now.getInt("capacity")).isEqualTo(4);
        assertThat(now.getJsonNumber("totalBudgetRupiah").longValue()).isEqualTo(1_000_000);
        assertThat(now.getJsonObject("reservedSeats").getInt(String.valueOf(TIMUR))).isEqualTo(2);
        assertThat(Instant.parse(now.getString("registrationClosesAt"))).isEqualTo(closes);
        assertThat(now.getJsonArray("eligibleScales").getString(0)).isEqualTo("MICRO");
        JsonObject movedSession = now.getJsonArray("sessions").getJsonObject(0);
        assertThat(Instant.parse(movedSession.getString("startsAt"))).isEqualTo(starts);
        assertThat(movedSession.getString("onlineLink")).isEqualTo("https://meet.example.id/umkm");
        assertThat(TestDatabase.string("SELECT CONCAT(seats, '/', seats_taken) FROM training_quota WHERE programme_id = ?"
                + " AND kecamatan_id = ?", programme, TIMUR)).isEqualTo("2/0");

        String audit = TestDatabase.string("SELECT CONCAT(actor, ' | ', detail) FROM audit_log WHERE action = 'TRAINING_REVISED'"
                + " AND target_type = 'training_programme' AND target_id = ?", String.valueOf(programme));
        assertThat(audit).startsWith("staf@demo.umkm.id | ")
                .contains("title: Pemasaran digital dasar → Pemasaran digital lanjutan", "capacity: 2 → 4",
                        "totalBudget: 500000 → 1000000", "reservedSeats: {} → {5=2}", "session " + session + ": ");
    }

    @Test
    void badDetailsGet400ProblemDetailsAndChangeNothing() {
        long programme = fixtures.openProgramme("Pembukuan sederhana", "FIRST_COME", 2, 0, 3600, Map.of());
        JsonObject read = details(programme);

        HttpResponse<String> overBudget = staff.putJson(path(programme), Json.createObjectBuilder(read).add("capacity", 5).build().toString());
        assertThat(overBudget.statusCode()).isEqualTo(400);
        assertThat(overBudget.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(overBudget.body()).contains("capacity", "anggaran ini cukup untuk 2 peserta");

        HttpResponse<String> quotas = staff.putJson(path(programme), Json.createObjectBuilder(read)
                .add("reservedSeats", Json.createObjectBuilder().add(String.valueOf(KOTA), 2).add(String.valueOf(TIMUR), 1))
                .build().toString());
        assertThat(quotas.statusCode()).isEqualTo(400);
        assertThat(quotas.body()).contains("reservedSeats", "tidak boleh melebihi kuota");

        assertThat(staff.putJson(path(programme), Json.createObjectBuilder(read).add("title", " ").build().toString()).body())
                .contains("Judul program wajib diisi");
        HttpResponse<String> noVersion = staff.putJson(path(programme), Json.createObjectBuilder(read).remove("version").build().toString());
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");

        assertThat(details(programme)).isEqualTo(read);
        assertThat(revisionsAudited(programme)).isZero();
    }

    @Test
    void capacityBelowTheSeatsTakenIsRefusedAndNothingIsHalfSaved() {
        long programme = fixtures.openProgramme("Kemasan makanan", "FIRST_COME", 3, 0, 3600, Map.of());
        for (int i = 0; i < 3; i++) {
            PortalClient seller = fixtures.quickSeller("Peserta Kemasan " + i, TIMUR);
            assertThat(apply(seller, programme)).isEqualTo(201);
            assertThat(fixtures.status(seller, programme)).isEqualTo("CONFIRMED");
        }
        long session = planSession(programme);
        JsonObject read = details(programme);
        HttpResponse<String> refused = staff.putJson(path(programme), Json.createObjectBuilder(read).add("capacity", 2)
                .add("title", "Kemasan makanan ringan").add("reservedSeats", Json.createObjectBuilder().add(String.valueOf(KOTA), 1))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder(read.getJsonArray("sessions").getJsonObject(0))
                        .add("venue", "Gedung Kesenian")))
                .build().toString());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("3 kursi yang sudah terisi");

        assertThat(details(programme)).as("nothing half-saved").isEqualTo(read);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_quota WHERE programme_id = ?", programme)).isZero();
        assertThat(TestDatabase.string("SELECT venue FROM training_session WHERE id = ?", session)).isEqualTo("Aula DKUMKMP");
        assertThat(revisionsAudited(programme)).isZero();
    }

    @Test
    void anEditMadeOnAStaleVersionIs409AndTheFirstEditStays() {
        long programme = fixtures.openProgramme("Foto produk", "FIRST_COME", 2, 0, 3600, Map.of());
        JsonObject read = details(programme);
        HttpResponse<String> first = staff.putJson(path(programme), Json.createObjectBuilder(read).add("venue", "Gedung Kesenian").build().toString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> stale = staff.putJson(path(programme), Json.createObjectBuilder(read).add("venue", "Aula Kecamatan").build().toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("diubah oleh orang lain");
        assertThat(details(programme).getString("venue")).isEqualTo("Gedung Kesenian");
        assertThat(revisionsAudited(programme)).isEqualTo(1);
    }

    @Test
    void growingCapacityOffersTheNewSeatsToTheWaitingListInOrderAndOnlyOnce() {
        long programme = fixtures.openProgramme("QRIS untuk pedagang pasar", "FIRST_COME", 1, 0, 3600, Map.of());
        List<PortalClient> sellers = List.of(fixtures.quickSeller("Antre Satu", KOTA), fixtures.quickSeller("Antre Dua", KOTA),
                fixtures.quickSeller("Antre Tiga", KOTA), fixtures.quickSeller("Antre Empat", KOTA));
        for (PortalClient seller : sellers) {
            assertThat(apply(seller, programme)).isEqualTo(201);
        }
        assertThat(fixtures.enrollment(sellers.get(3), programme).getInt("rank")).isEqualTo(3);

        JsonObject grown = Json.createObjectBuilder(details(programme)).add("capacity", 3).add("totalBudgetRupiah", 750_000).build();
        HttpResponse<String> answer = staff.putJson(path(programme), grown.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(statuses(sellers, programme)).containsExactly("CONFIRMED", "OFFERED", "OFFERED", "WAITLISTED");

        HttpResponse<String> again = staff.putJson(path(programme), Json.createObjectBuilder(details(programme))
                .add("description", "Sama, hanya deskripsi").build().toString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(statuses(sellers, programme)).as("no second offer").containsExactly("CONFIRMED", "OFFERED", "OFFERED", "WAITLISTED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(3);
        assertThat(revisionsAudited(programme)).isEqualTo(2);
    }

    private List<String> statuses(List<PortalClient> sellers, long programme) {
        return sellers.stream().map(s -> fixtures.status(s, programme)).toList();
    }

    private JsonObject details(long programme) {
        HttpResponse<String> answer = staff.get(path(programme));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return PortalClient.json(answer);
    }

    private long planSession(long programme) {
        Instant starts = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> planned = staff.postJson("/api/v1/staff/trainings/" + programme + "/sessions",
                Json.createObjectBuilder().add("title", "Sesi 1").add("startsAt", starts.toString())
                        .add("endsAt", starts.plus(Duration.ofHours(2)).toString()).add("venue", "Aula DKUMKMP").build().toString());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return PortalClient.json(planned).getJsonNumber("id").longValue();
    }

    private static long revisionsAudited(long programme) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'TRAINING_REVISED' AND target_id = ?",
                String.valueOf(programme));
    }

    private static String path(long programme) {
        return "/api/v1/staff/trainings/" + programme + "/details";
    }

    private static int apply(PortalClient seller, long programme) {
        return seller.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode();
    }
}
