package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What staff change after a programme is under way: cancelling it, revoking a certificate, seats freed after closing. */
class TrainingChangesIT extends PortalIT {

    private static final short KOTA = 2;
    private static final short TIMUR = 5;

    private TrainingFixtures fixtures;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        fixtures = new TrainingFixtures(base);
    }

    @Test
    void staffCancelAProgrammeWithAReasonAndEveryoneEnrolledIsToldWhy() {
        long programme = fixtures.openProgramme("Foto produk dengan ponsel", "FIRST_COME", 1, 0, 3600, Map.of());
        PortalClient seated = fixtures.quickSeller("Kue Lapis Batal", KOTA);
        PortalClient waiting = fixtures.quickSeller("Sambal Batal", KOTA);
        assertThat(apply(seated, programme)).isEqualTo(201);
        assertThat(apply(waiting, programme)).isEqualTo(201);
        String path = "/api/v1/staff/trainings/" + programme + "/cancellation";
        PortalClient staff = fixtures.staff();

        assertThat(seated.postJson(path, reason("Narasumber berhalangan hadir")).statusCode()).isEqualTo(403);
        HttpResponse<String> tooShort = staff.postJson(path, reason("batal"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("minimal 10 huruf");
        assertThat(fixtures.status(seated, programme)).as("nothing changed").isEqualTo("CONFIRMED");

        HttpResponse<String> cancelled = staff.postJson(path, reason("Narasumber berhalangan hadir"));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(PortalClient.json(cancelled).getInt("applicantsTold")).isEqualTo(2);
        assertThat(fixtures.status(seated, programme)).isEqualTo("CANCELLED");
        assertThat(fixtures.status(waiting, programme)).isEqualTo("CANCELLED");
        assertThat(TestDatabase.string("SELECT CONCAT(status, '/', seats_taken, '/', cancel_reason) FROM training_programme"
                + " WHERE id = ?", programme)).isEqualTo("CANCELLED/0/Narasumber berhalangan hadir");
        for (PortalClient seller : new PortalClient[] {seated, waiting}) {
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
                    + " WHERE a.email = ? AND n.dedup_key = ?", fixtures.emailOf(seller), "training:" + programme + ":cancelled"))
                    .as("told once, in the app").isEqualTo(1);
        }
        assertThat(Mailbox.body(Mailbox.await(fixtures.emailOf(waiting), "Pelatihan dibatalkan", Duration.ofSeconds(20))))
                .contains("Foto produk dengan ponsel", "Narasumber berhalangan hadir");

        assertThat(apply(fixtures.quickSeller("Terlambat Daftar", KOTA), programme)).as("no new applications").isEqualTo(409);
        assertThat(staff.postJson(path, reason("Narasumber berhalangan hadir")).statusCode()).as("only once").isEqualTo(409);
    }

    @Test
    void staffChangeTheDetailsAndSeatHoldersAreToldOfANewPlace() {
        long programme = fixtures.openProgramme("Desain kemasan kopi", "FIRST_COME", 1, 0, 3600, Map.of());
        PortalClient seated = fixtures.quickSeller("Kopi Pindah Tempat", KOTA);
        PortalClient waiting = fixtures.quickSeller("Kopi Menunggu Tempat", KOTA);
        assertThat(apply(seated, programme)).isEqualTo(201);
        assertThat(apply(waiting, programme)).isEqualTo(201);
        String path = "/api/v1/staff/trainings/" + programme + "/details";
        PortalClient staff = fixtures.staff();
        Instant opened = Instant.parse(PortalClient.json(staff.get("/api/v1/trainings/" + programme)).getString("registrationOpensAt"));

        HttpResponse<String> backwards = staff.putJson(path, details(staff, programme, "Gedung Kesenian Balikpapan", opened.minusSeconds(60)));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Batas pendaftaran harus setelah");
        assertThat(seated.putJson(path, details(staff, programme, "Gedung Kesenian Balikpapan", opened.plusSeconds(7200))).statusCode()).isEqualTo(403);

        Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> moved = staff.putJson(path, details(staff, programme, "Gedung Kesenian Balikpapan", later));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonObject shown = PortalClient.json(new PortalClient(base).get("/api/v1/trainings/" + programme));
        assertThat(shown.getString("venue")).isEqualTo("Gedung Kesenian Balikpapan");
        assertThat(Instant.parse(shown.getString("registrationClosesAt"))).isEqualTo(later);
        assertThat(Mailbox.body(Mailbox.await(fixtures.emailOf(seated), "Tempat pelatihan berubah", Duration.ofSeconds(20))))
                .contains("Gedung Kesenian Balikpapan");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.email = ? AND n.dedup_key LIKE ?", fixtures.emailOf(waiting), "training:" + programme + ":place:%"))
                .as("only seat holders are told").isZero();

        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/cancellation", reason("Gedung dipakai acara kota"))
                .statusCode()).isEqualTo(200);
        assertThat(staff.putJson(path, details(staff, programme, "Aula DKUMKMP", later)).statusCode()).as("cancelled stays cancelled").isEqualTo(409);
    }

    @Test
    void staffRevokeACertificateWithAReasonAndThePublicPageSaysItIsRevoked() {
        long programme = fixtures.openProgramme("Pembukuan warung", "FIRST_COME", 5, 0, 3600, Map.of());
        PortalClient holder = fixtures.quickSeller("Catering Sertifikat", KOTA);
        assertThat(apply(holder, programme)).isEqualTo(201);
        String code = TrainingFixtures.certificateFor(programme);
        String page = "/sertifikat.xhtml?code=" + code;
        assertThat(new PortalClient(base).get(page).body()).contains("Sertifikat asli dan berlaku");

        PortalClient staff = fixtures.staff();
        String path = "/api/v1/staff/trainings/certificates/" + code + "/revocation";
        assertThat(holder.postJson(path, reason("Kehadiran salah dicatat")).statusCode()).isEqualTo(403);
        assertThat(staff.postJson(path, reason("salah")).statusCode()).isEqualTo(400);
        assertThat(staff.postJson("/api/v1/staff/trainings/certificates/ZZZZ-ZZZZ-ZZZZ/revocation",
                reason("Kehadiran salah dicatat")).statusCode()).isEqualTo(404);
        assertThat(new PortalClient(base).get(page).body()).as("still valid after refusals").contains("Sertifikat asli dan berlaku");

        assertThat(staff.postJson(path, reason("Kehadiran salah dicatat")).statusCode()).isEqualTo(204);
        assertThat(new PortalClient(base).get(page).body()).contains("Sertifikat ini sudah dicabut")
                .doesNotContain("Sertifikat asli dan berlaku");
        assertThat(TestDatabase.string("SELECT revoke_reason FROM training_certificate WHERE code = ?", code))
                .isEqualTo("Kehadiran salah dicatat");
        assertThat(Mailbox.body(Mailbox.await(fixtures.emailOf(holder), "Sertifikat dicabut", Duration.ofSeconds(20))))
                .contains("Kehadiran salah dicatat");
        assertThat(staff.postJson(path, reason("Kehadiran salah dicatat")).statusCode()).as("only once").isEqualTo(409);
    }

    @Test
    void aHeldSeatFreedAfterRegistrationClosesGoesToTheNextApplicantFromItsKecamatan() throws Exception {
        long programme = fixtures.openProgramme("Kemasan ramah lingkungan", "FIRST_COME", 2, 0, 3600, Map.of(TIMUR, 1));
        PortalClient timurSeated = fixtures.quickSeller("Timur Duduk", TIMUR);
        PortalClient kotaSeated = fixtures.quickSeller("Kota Duduk", KOTA);
        PortalClient kotaWaiting = fixtures.quickSeller("Kota Menunggu", KOTA);
        PortalClient timurWaiting = fixtures.quickSeller("Timur Menunggu", TIMUR);
        for (PortalClient seller : new PortalClient[] {timurSeated, kotaSeated, kotaWaiting, timurWaiting}) {
            assertThat(apply(seller, programme)).isEqualTo(201);
        }
        assertThat(fixtures.status(kotaWaiting, programme)).isEqualTo("WAITLISTED");
        assertThat(fixtures.enrollment(kotaWaiting, programme).getInt("rank")).as("first in line").isEqualTo(1);
        assertThat(fixtures.status(timurWaiting, programme)).isEqualTo("WAITLISTED");

        TestDatabase.update("UPDATE training_programme SET registration_closes_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND,"
                + " registration_opens_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?", programme);
        awaitProgrammeStatus(programme, "ALLOCATED");

        assertThat(timurSeated.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(timurWaiting, programme)).as("the Timur seat goes to Timur").isEqualTo("OFFERED");
        assertThat(fixtures.status(kotaWaiting, programme)).isEqualTo("WAITLISTED");

        assertThat(kotaSeated.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(kotaWaiting, programme)).as("an open seat goes to the next in line").isEqualTo("OFFERED");
    }

    private static int apply(PortalClient seller, long programme) {
        return seller.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode();
    }

    /** The programme's details as staff read them, with a new venue and registration deadline. */
    private static String details(PortalClient staff, long programme, String venue, Instant closesAt) {
        JsonObject read = PortalClient.json(staff.get("/api/v1/staff/trainings/" + programme + "/details"));
        return jakarta.json.Json.createObjectBuilder(read).add("partner", "Bank Indonesia Balikpapan").add("venue", venue)
                .add("description", "Kemasan yang menjual").add("registrationClosesAt", closesAt.toString()).build().toString();
    }

    private static String reason(String text) {
        return jakarta.json.Json.createObjectBuilder().add("reason", text).build().toString();
    }

    private static void awaitProgrammeStatus(long programme, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!expected.equals(TestDatabase.string("SELECT status FROM training_programme WHERE id = ?", programme))
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(TestDatabase.string("SELECT status FROM training_programme WHERE id = ?", programme)).isEqualTo(expected);
    }
}
