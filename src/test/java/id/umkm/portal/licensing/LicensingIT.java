package id.umkm.portal.licensing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OSS as the portal meets it (recorded-style answers, errors, slowness, pushes) and permit
 * applications from the applicant's draft to the issued permit, over the real HTTP API.
 */
class LicensingIT extends PortalIT {

    static final String DEMO_PASSWORD = "umkm-demo-2026";
    static final String OFFICER = "perizinan@demo.umkm.id";
    /** Known to the OSS simulator (OssDemoNibs), kept free for the licensing tests. */
    static final String ABON_NIB = "9120014567894";

    /** responinqueryNIB as OSS RBA v4 answers a known NIB (numbers partly as strings, as recorded). */
    private static final String FOUND = """
            {"responinqueryNIB":{"kode":200,"keterangan":"Sukses","dataNIB":{"nib":"%s","tgl_terbit_oss":"2022-08-09 09:15:44",
             "jenis_pelaku_usaha":"01","skala_usaha":"01","flag_umk":"Y","status_nib":"AKTIF",
             "nama_perseroan":"%s","alamat_perseroan":"Jl. Pupuk Raya No. 7, Gunung Bahagia, Balikpapan Selatan",
             "data_proyek":[{"id_proyek":"P1","kbli":"10792","uraian_usaha":"Industri Kue Basah","skala_resiko":"MR"}],
             "data_checklist":[{"id_izin":"I1","kd_izin":"SPP-IRT","nama_izin":"SPP-IRT","no_izin":"","status_checklist":"11",
              "kewenangan":"PEMERINTAH KOTA BALIKPAPAN"}]}}}
            """;
    private static final String NOT_FOUND = """
            {"responinqueryNIB":{"kode":404,"keterangan":"Data NIB tidak ditemukan"}}
            """;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        ExternalSystems.reset(ExternalSystems.oss());
        ExternalSystems.ossFallsBackToSimulator(base);
    }

    // --- OSS protocol -------------------------------------------------------------------------

    @Test
    void aKnownNibIsAskedOnceInOssRbaV4AndMappedToTheBusiness() {
        String nib = randomNib();
        stubNib(nib, okJson(FOUND.formatted(nib, "Bingka Kentang Bu Ida")));
        PortalClient seller = freshSeller("Bu Ida");

        JsonObject check = PortalClient.json(seller.get("/api/v1/oss/nib/" + nib));
        assertThat(check.getString("outcome")).isEqualTo("FOUND");
        JsonObject record = check.getJsonObject("record");
        assertThat(record.getString("businessName")).isEqualTo("Bingka Kentang Bu Ida");
        assertThat(record.getString("scale")).isEqualTo("MICRO");
        assertThat(record.getBoolean("umk")).isTrue();
        assertThat(record.getJsonArray("projects").getJsonObject(0).getString("kbli")).isEqualTo("10792");
        assertThat(record.getJsonArray("projects").getJsonObject(0).getString("riskLevel")).isEqualTo("MR");
        assertThat(record.getJsonArray("permits").getJsonObject(0).getString("code")).isEqualTo("SPP-IRT");

        // Cached: the second look-up does not reach OSS.
        assertThat(PortalClient.json(seller.get("/api/v1/oss/nib/" + nib)).getString("outcome")).isEqualTo("FOUND");
        ExternalSystems.oss().verify(1, postRequestedFor(urlEqualTo("/inqueryNIB"))
                .withHeader("user_key", equalTo("test-user-key"))
                .withRequestBody(matchingJsonPath("$.INQUERYNIB.nib", equalTo(nib))));
    }

    @Test
    void anUnknownNibIsNotFound() {
        String nib = randomNib();
        stubNib(nib, okJson(NOT_FOUND));
        JsonObject check = PortalClient.json(freshSeller("Pak Tono").get("/api/v1/oss/nib/" + nib));
        assertThat(check.getString("outcome")).isEqualTo("NOT_FOUND");
        assertThat(check.getString("message")).contains("tidak ditemukan");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_nib_lookup WHERE nib = ? AND pending = FALSE", nib)).isOne();
    }

    @Test
    void anOssErrorIsAClearStateAndTheRetryJobLaterFillsInTheSavedDraftAndTheSeller() throws Exception {
        String nib = randomNib();
        StubMapping failing = stubNib(nib, aResponse().withStatus(500).withBody("<html>Internal Server Error</html>"));
        PortalClient seller = freshSeller("Bu Rahmah");

        JsonObject check = PortalClient.json(seller.get("/api/v1/oss/nib/" + nib));
        assertThat(check.getString("outcome")).isEqualTo("UNAVAILABLE");
        assertThat(check.getString("message")).isEqualTo("OSS tidak dapat dihubungi");
        assertThat(ExternalSystems.oss().countRequestsMatching(postRequestedFor(urlEqualTo("/inqueryNIB"))
                .withRequestBody(containing(nib)).build()).getCount()).as("retried").isEqualTo(3);

        // The applicant saves a draft anyway, in their own words, and cannot submit it yet.
        HttpResponse<String> saved = seller.postJson("/api/v1/licensing/my/applications",
                start("IUMK", nib, "Warung Bu Rahmah"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonObject draft = PortalClient.json(saved);
        long id = draft.getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(draft.getString("nibCheck")).isEqualTo("UNAVAILABLE");
        assertThat(draft.getJsonObject("summary").getString("businessName")).isEqualTo("Warung Bu Rahmah");
        long sellerAccount = TestDatabase.count("SELECT id FROM account WHERE email = ?", emailOf(seller));
        TestDatabase.update("""
                INSERT INTO seller (account_id, business_name, nib, nib_check, category_id, status, created_at, updated_at)
                VALUES (?, 'Warung Bu Rahmah', ?, 'UNAVAILABLE', 1, 'DRAFT', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""",
                sellerAccount, nib);

        // OSS comes back: the retry job asks again and everyone who waited gets the answer.
        ExternalSystems.oss().removeStub(failing);
        stubNib(nib, okJson(FOUND.formatted(nib, "Warung Makan Rahmah")));
        await(Duration.ofSeconds(30), () -> "FOUND".equals(TestDatabase.string(
                "SELECT nib_check FROM permit_application WHERE id = ?", id)));
        assertThat(TestDatabase.string("SELECT business_name FROM permit_application WHERE id = ?", id))
                .isEqualTo("Warung Makan Rahmah");
        assertThat(TestDatabase.string("SELECT kbli FROM permit_application WHERE id = ?", id)).isEqualTo("10792");
        assertThat(TestDatabase.string("SELECT nib_check FROM seller WHERE nib = ?", nib)).isEqualTo("FOUND");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller WHERE nib = ? AND nib_verified", nib)).isOne();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_nib_lookup WHERE nib = ? AND pending", nib)).isZero();
    }

    @Test
    void aHungOssCostsTheSellerAtMostTheTimeoutAndTheDraftIsSavedToBeCheckedLater() {
        String nib = randomNib();
        // Far beyond the read timeout (1.5 s in tests) and Fault Tolerance's 4 s.
        stubNib(nib, okJson(FOUND.formatted(nib, "Terlambat")).withFixedDelay(10_000));
        PortalClient seller = freshSeller("Pak Lambat");

        Instant asked = Instant.now();
        JsonObject check = PortalClient.json(seller.get("/api/v1/oss/nib/" + nib));
        assertThat(Duration.between(asked, Instant.now())).as("a timed-out attempt is not retried: within the 4 s bound")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(check.getString("outcome")).isEqualTo("UNAVAILABLE");
        assertThat(check.getString("message")).isEqualTo("OSS tidak dapat dihubungi");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_nib_lookup WHERE nib = ? AND pending", nib)).isOne();

        Instant saving = Instant.now();
        HttpResponse<String> saved = seller.postJson("/api/v1/licensing/my/applications", start("IUMK", nib, "Warung Lambat"));
        assertThat(Duration.between(saving, Instant.now())).isLessThan(Duration.ofSeconds(4));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(PortalClient.json(saved).getString("nibCheck")).isEqualTo("UNAVAILABLE");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application WHERE nib = ?", nib)).as("one draft, whole").isOne();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_nib_lookup WHERE nib = ? AND pending", nib))
                .as("still waiting for the retry job").isOne();
    }

    @Test
    void pushesNeedTheSharedKeyAndTheSamePushTwiceChangesNothingTwice() throws Exception {
        String nib = randomNib();
        String dataNib = Json.createReader(new java.io.StringReader(FOUND.formatted(nib, "Amplang Pusaka")))
                .readObject().getJsonObject("responinqueryNIB").getJsonObject("dataNIB").toString();
        String body = "{\"dataNIB\":" + dataNib + "}";
        PortalClient anyone = new PortalClient(base);

        assertThat(push("/api/v1/oss/receive-nib", "wrong-key", body).statusCode()).isEqualTo(401);
        assertThat(push("/api/v1/oss/receive-nib", null, body).statusCode()).isEqualTo(401);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_push WHERE nib = ?", nib)).isZero();

        HttpResponse<String> first = push("/api/v1/oss/receive-nib", "test-push-key", body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("APPLIED");
        HttpResponse<String> again = push("/api/v1/oss/receive-nib", "test-push-key", body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("DUPLICATE");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_push WHERE nib = ?", nib)).isOne();
        // The pushed NIB is now known without asking OSS.
        assertThat(PortalClient.json(freshSeller("Pak Amplang").get("/api/v1/oss/nib/" + nib))
                .getJsonObject("record").getString("businessName")).isEqualTo("Amplang Pusaka");
        ExternalSystems.oss().verify(0, postRequestedFor(urlEqualTo("/inqueryNIB")).withRequestBody(containing(nib)));
        assertThat(push("/api/v1/oss/receive-nib", "test-push-key", "{\"dataNIB\":{\"nib\":\"1\"}}").statusCode())
                .isEqualTo(400);

        // Eight identical status pushes at once: recorded once.
        String status = Json.createObjectBuilder().add("IZINSTATUS", Json.createObjectBuilder().add("nib", nib)
                .add("id_izin", "IZN-0000-" + nib.substring(7)).add("kd_izin", "SPP-IRT").add("kd_status", "50")
                .add("keterangan", "Izin terbit").add("tgl_status", "2026-03-01 10:00:00")).build().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> push("/api/v1/oss/receive-license-status", "test-push-key", status)));
        }
        long applied = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            applied += response.body().contains("APPLIED") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(applied).isOne();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM oss_push WHERE nib = ? AND kind = 'LICENSE_STATUS'", nib)).isOne();
        assertThat(anyone.get("/simulator/oss/inqueryNIB").statusCode()).as("simulator only answers POST").isEqualTo(404);
    }

    // --- applications -------------------------------------------------------------------------

    @Test
    void anApplicationGoesFromDraftThroughARevisionRoundToAnIssuedPermitWhoseQrVerifies() throws Exception {
        PortalClient seller = freshSeller("Ibu Hasnah");
        String email = emailOf(seller);
        PortalClient officer = login(OFFICER);

        JsonObject draft = PortalClient.json(seller.postJson("/api/v1/licensing/my/applications",
                start("SPP-IRT", ABON_NIB, null)));
        long id = draft.getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(draft.getJsonObject("summary").getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonObject("summary").getString("businessName")).isEqualTo("Abon Ikan Gunung Bahagia");
        assertThat(draft.getString("kbli")).isEqualTo("10213");
        assertThat(draft.getString("riskLevel")).isEqualTo("MR");
        assertThat(draft.getJsonArray("documents")).hasSize(5);

        // A text file called .pdf is refused by its content, with the file's name in the message; nothing is kept.
        HttpResponse<String> fake = upload(seller, id, "PKP", "sertifikat.pdf", "bukan pdf".getBytes());
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(fake).getString("detail")).contains("sertifikat.pdf").contains("PDF");
        HttpResponse<String> photoAsPdf = upload(seller, id, "PKP", "pkp.pdf", LicensingFiles.png());
        assertThat(PortalClient.json(photoAsPdf).getString("detail")).contains("pkp.pdf").contains("PNG");
        HttpResponse<String> tooBig = upload(seller, id, "KTP", "ktp.pdf", new byte[3 * 1024 * 1024]);
        assertThat(PortalClient.json(tooBig).getString("detail")).contains("ktp.pdf").contains("2.048");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application_document WHERE application_id = ?", id)).isZero();

        assertThat(upload(seller, id, "KTP", "ktp.pdf", LicensingFiles.pdf("ktp")).statusCode()).isEqualTo(200);
        HttpResponse<String> early = seller.postJson("/api/v1/licensing/my/applications/" + id + "/submission", "");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(early).getString("detail")).contains("Sertifikat Penyuluhan Keamanan Pangan");
        assertThat(upload(seller, id, "PKP", "pkp.pdf", LicensingFiles.pdf("pkp")).statusCode()).isEqualTo(200);
        assertThat(upload(seller, id, "DENAH", "denah.png", LicensingFiles.png()).statusCode()).isEqualTo(200);
        assertThat(upload(seller, id, "LABEL", "label.pdf", LicensingFiles.pdf("label")).statusCode()).isEqualTo(200);

        JsonObject submitted = PortalClient.json(seller.postJson("/api/v1/licensing/my/applications/" + id + "/submission", ""));
        String tracking = submitted.getJsonObject("summary").getString("trackingNumber");
        assertThat(tracking).matches("IZN-[0-9]{4}-[2-9A-Z]{6}");
        assertThat(submitted.getJsonObject("summary").getString("ossCode")).isEqualTo("10");
        assertThat(upload(seller, id, "AIR", "air.pdf", LicensingFiles.pdf("air")).statusCode())
                .as("documents are locked once submitted").isEqualTo(409);

        // Public tracking: status and next step, nothing personal.
        HttpResponse<String> tracked = new PortalClient(base).get("/api/v1/licensing/applications/" + tracking);
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(tracked).getString("status")).isEqualTo("SUBMITTED");
        assertThat(PortalClient.json(tracked).getString("nextStep")).isNotBlank();
        assertThat(tracked.body()).doesNotContain(ABON_NIB).doesNotContain("Hasnah").doesNotContain("Abon");
        assertThat(new PortalClient(base).get("/api/v1/licensing/applications/IZN-0000-XXXXXX").statusCode()).isEqualTo(404);

        assertThat(officer.get("/api/v1/licensing/office/applications").body()).contains(tracking);
        assertThat(officer.postJson(office(id, "approval"), "").statusCode()).as("no approval before verification")
                .isEqualTo(409);
        assertThat(officer.postJson(office(id, "verification"), "").statusCode()).isEqualTo(200);
        assertThat(officer.get(office(id, "documents/PKP")).body()).startsWith("%PDF-");
        Instant deadlineBefore = instant("SELECT sla_deadline_at FROM permit_application WHERE id = ?", id);

        HttpResponse<String> noRemark = officer.postJson(office(id, "revision"), "{\"remarks\":{\"PKP\":\"  \"}}");
        assertThat(noRemark.statusCode()).isEqualTo(400);
        JsonObject revision = PortalClient.json(officer.postJson(office(id, "revision"),
                "{\"remarks\":{\"PKP\":\"Sertifikat PKP sudah kedaluwarsa, unggah yang berlaku\"},\"note\":\"Satu dokumen\"}"));
        assertThat(revision.getJsonObject("summary").getString("status")).isEqualTo("REVISION_REQUESTED");
        assertThat(revision.getJsonObject("summary").getBoolean("clockPaused")).isTrue();
        assertThat(TestDatabase.string("SELECT sla_deadline_at FROM permit_application WHERE id = ?", id)).isNull();
        assertThat(Mailbox.body(Mailbox.await(email, "diperbaiki", Duration.ofSeconds(20)))).contains(tracking);

        JsonObject mine = PortalClient.json(seller.get("/api/v1/licensing/my/applications/" + id));
        JsonObject pkp = mine.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("PKP")).findFirst().orElseThrow();
        assertThat(pkp.getString("review")).isEqualTo("REVISE");
        assertThat(pkp.getString("remark")).contains("kedaluwarsa");
        assertThat(upload(seller, id, "KTP", "ktp2.pdf", LicensingFiles.pdf("ktp2")).statusCode())
                .as("accepted documents stay").isEqualTo(409);
        HttpResponse<String> unfixed = seller.postJson("/api/v1/licensing/my/applications/" + id + "/resubmission", "");
        assertThat(unfixed.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(unfixed).getString("detail")).contains("Sertifikat Penyuluhan Keamanan Pangan");

        Thread.sleep(3000);
        HttpResponse<String> replaced = upload(seller, id, "PKP", "pkp-baru.pdf", LicensingFiles.pdf("pkp baru"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(replaced).getString("fileName")).as("the new file's name is kept").isEqualTo("pkp-baru.pdf");
        assertThat(TestDatabase.string("SELECT d.file_name FROM permit_application_document d JOIN permit_document_requirement r"
                + " ON r.id = d.requirement_id WHERE d.application_id = ? AND r.code = 'PKP'", id)).isEqualTo("pkp-baru.pdf");
        JsonObject back = PortalClient.json(seller.postJson("/api/v1/licensing/my/applications/" + id + "/resubmission", ""));
        assertThat(back.getJsonObject("summary").getString("status")).isEqualTo("VERIFICATION");
        Instant deadlineAfter = instant("SELECT sla_deadline_at FROM permit_application WHERE id = ?", id);
        assertThat(Duration.between(deadlineBefore, deadlineAfter)).as("the pause moved the deadline")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));

        assertThat(officer.postJson(office(id, "approval"), "").statusCode()).isEqualTo(200);
        JsonObject issued = PortalClient.json(officer.postJson(office(id, "issuance"), ""));
        assertThat(issued.getJsonObject("summary").getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getJsonObject("summary").getString("ossCode")).isEqualTo("50");
        String permitNumber = issued.getString("permitNumber");
        assertThat(permitNumber).startsWith("SPP-IRT/");
        assertThat(issued.getString("validUntil")).isNotBlank();
        assertThat(officer.postJson(office(id, "rejection"), "{\"reason\":\"terlambat\"}").statusCode()).isEqualTo(409);

        HttpResponse<byte[]> pdf = seller.getBytes("/api/v1/licensing/my/applications/" + id + "/permit.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        LicensingFiles.Permit permit = LicensingFiles.readPermit(pdf.body());
        assertThat(permit.text()).contains(permitNumber).contains("Abon Ikan Gunung Bahagia").contains(ABON_NIB);
        assertThat(permit.qr()).contains("/izin/verifikasi.xhtml?code=");
        String code = permit.qr().substring(permit.qr().indexOf("code=") + 5);
        JsonObject verified = PortalClient.json(new PortalClient(base).get("/api/v1/licensing/permits/" + code));
        assertThat(verified.getString("permitNumber")).isEqualTo(permitNumber);
        assertThat(verified.getBoolean("valid")).isTrue();
        HttpResponse<String> page = new PortalClient(base).get("/izin/verifikasi.xhtml?code=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(permitNumber);

        List<String> trail = strings("SELECT to_status FROM permit_application_event WHERE application_id = ?"
                + " ORDER BY id", id);
        assertThat(trail).containsExactly("DRAFT", "SUBMITTED", "VERIFICATION", "REVISION_REQUESTED", "VERIFICATION",
                "APPROVED", "ISSUED");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE target_type = 'permit_application'"
                + " AND target_id = ?", String.valueOf(id))).isEqualTo(6);

        // OSS reports the permit's state: recorded on the timeline once.
        String status = Json.createObjectBuilder().add("IZINSTATUS", Json.createObjectBuilder().add("nib", ABON_NIB)
                .add("id_izin", tracking).add("kd_status", "50").add("keterangan", "Terbit di OSS")).build().toString();
        assertThat(push("/api/v1/oss/receive-license-status", "test-push-key", status).body()).contains("APPLIED");
        assertThat(push("/api/v1/oss/receive-license-status", "test-push-key", status).body()).contains("DUPLICATE");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application_event WHERE application_id = ?"
                + " AND note LIKE 'OSS status 50%'", id)).isOne();
    }

    @Test
    void anApplicantSeesOnlyTheirOwnApplicationsAndOnlyOfficersDecide() {
        PortalClient owner = freshSeller("Pemilik");
        PortalClient other = freshSeller("Orang Lain");
        long id = PortalClient.json(owner.postJson("/api/v1/licensing/my/applications", start("IUMK", ABON_NIB, null)))
                .getJsonObject("summary").getJsonNumber("id").longValue();

        assertThat(other.get("/api/v1/licensing/my/applications/" + id).statusCode()).isEqualTo(404);
        assertThat(upload(other, id, "KTP", "ktp.pdf", LicensingFiles.pdf("x")).statusCode()).isEqualTo(404);
        assertThat(other.postJson("/api/v1/licensing/my/applications/" + id + "/submission", "").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/licensing/my/applications/" + id + "/documents/KTP").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/licensing/my/applications").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(owner.get("/api/v1/licensing/my/applications").body()).contains("\"id\":" + id + ",");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application_document WHERE application_id = ?", id)).isZero();

        assertThat(owner.postJson(office(id, "verification"), "").statusCode()).isEqualTo(403);
        assertThat(new PortalClient(base).get("/api/v1/licensing/my/applications").statusCode()).as("anonymous").isEqualTo(401);
        // A draft is the applicant's alone: the office does not see it.
        assertThat(login(OFFICER).get(office(id, "")).statusCode()).isEqualTo(404);
    }

    @Test
    void twoOfficersDecidingAtOnceMoveTheApplicationOnceAndTheOverdueListShowsLateOnes() throws Exception {
        long id = submittedApplication(freshSeller("Pak Cepat"));
        PortalClient officer = login(OFFICER);
        assertThat(officer.postJson(office(id, "verification"), "").statusCode()).isEqualTo(200);
        PortalClient second = login(OFFICER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> decisions = List.of(
                () -> officer.postJson(office(id, "approval"), "").statusCode(),
                () -> second.postJson(office(id, "rejection"), "{\"reason\":\"Denah tidak sesuai\"}").statusCode());
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(decisions)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application_event WHERE application_id = ?"
                + " AND to_status IN ('APPROVED', 'REJECTED')", id)).isOne();

        long late = submittedApplication(freshSeller("Pak Lambat"));
        assertThat(officer.get("/api/v1/licensing/office/applications?overdue=true").body()).doesNotContain("\"id\":" + late + ",");
        TestDatabase.update("UPDATE permit_application SET sla_deadline_at = UTC_TIMESTAMP(6) - INTERVAL 1 DAY WHERE id = ?", late);
        String overdue = officer.get("/api/v1/licensing/office/applications?overdue=true").body();
        assertThat(overdue).contains("\"id\":" + late + ",").contains("\"overdue\":true");
    }

    // --- helpers ------------------------------------------------------------------------------

    @Test
    void aPermitNearItsEndIsRemindedOnceAndRenewedOnce() throws Exception {
        PortalClient seller = freshSeller("Keripik Perpanjang");
        long due = submittedApplication(seller);
        long later = submittedApplication(seller);
        // Issued a year ago (the way to ISSUED is tested above) as a renewable SPP-IRT with a 90-day renewal window.
        String issue = "UPDATE permit_application SET status = 'ISSUED', issued_at = UTC_TIMESTAMP(6) - INTERVAL 355 DAY,"
                + " valid_until = CURDATE() + INTERVAL ? DAY, permit_type_id = (SELECT id FROM permit_type WHERE code = 'SPP-IRT')"
                + " WHERE id = ?";
        TestDatabase.update(issue, 200, later);
        TestDatabase.update(issue, 10, due);

        String reminder = Mailbox.body(Mailbox.await(emailOf(seller), "akan berakhir", Duration.ofSeconds(30)));
        assertThat(reminder).contains("Ajukan perpanjangan");
        long mails = Mailbox.countTo(emailOf(seller));
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // three more rounds of the reminder job (every 2 s in tests)
        assertThat(Mailbox.countTo(emailOf(seller))).as("reminded once, not every round").isEqualTo(mails);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application WHERE id = ? AND expiry_reminded_at IS NOT NULL",
                later)).as("not yet in its window").isZero();

        String renew = "/api/v1/licensing/my/applications/%d/renewal";
        HttpResponse<String> tooEarly = seller.postJson(renew.formatted(later), "");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("90 hari");
        assertThat(freshSeller("Bukan Pemilik").postJson(renew.formatted(due), "").statusCode())
                .as("someone else's permit").isIn(403, 404);
        HttpResponse<String> renewal = seller.postJson(renew.formatted(due), "");
        assertThat(renewal.statusCode()).as(renewal.body()).isEqualTo(201);
        assertThat(PortalClient.json(renewal).getJsonNumber("renewalOfId").longValue()).isEqualTo(due);
        assertThat(PortalClient.json(renewal).getJsonObject("summary").getString("status")).isEqualTo("DRAFT");
        HttpResponse<String> again = seller.postJson(renew.formatted(due), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("sudah dibuat");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM permit_application WHERE renewal_of_id = ?", due)).isEqualTo(1);
    }

    private long submittedApplication(PortalClient seller) {
        long id = PortalClient.json(seller.postJson("/api/v1/licensing/my/applications", start("IUMK", ABON_NIB, null)))
                .getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(upload(seller, id, "KTP", "ktp.pdf", LicensingFiles.pdf("ktp")).statusCode()).isEqualTo(200);
        assertThat(upload(seller, id, "SKU", "sku.pdf", LicensingFiles.pdf("sku")).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = seller.postJson("/api/v1/licensing/my/applications/" + id + "/submission", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private StubMapping stubNib(String nib, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        return ExternalSystems.oss().stubFor(post(urlEqualTo("/inqueryNIB"))
                .withRequestBody(matchingJsonPath("$.INQUERYNIB.nib", equalTo(nib))).willReturn(answer));
    }

    static String randomNib() {
        return "8" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    static String start(String permitType, String nib, String businessName) {
        var body = Json.createObjectBuilder().add("permitType", permitType).add("nib", nib);
        if (businessName != null) {
            body.add("businessName", businessName);
        }
        return body.build().toString();
    }

    private static String office(long id, String action) {
        return "/api/v1/licensing/office/applications/" + id + (action.isEmpty() ? "" : "/" + action);
    }

    private final java.util.Map<PortalClient, String> emails = new java.util.IdentityHashMap<>();

    private PortalClient freshSeller(String name) {
        String email = LicensingAccounts.freshSeller(name);
        return login(email);
    }

    private PortalClient login(String email) {
        PortalClient client = new PortalClient(base);
        client.login(email, DEMO_PASSWORD);
        emails.put(client, email);
        return client;
    }

    private String emailOf(PortalClient client) {
        return emails.get(client);
    }

    private static HttpResponse<String> upload(PortalClient client, long id, String code, String name, byte[] content) {
        return client.putBytes("/api/v1/licensing/my/applications/" + id + "/documents/" + code + "?name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), "application/octet-stream", content);
    }

    private HttpResponse<String> push(String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("user_key", key);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + base.getPort() + path);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, handler);
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " failed", e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not true within " + timeout);
            }
            Thread.sleep(500);
        }
    }

    private static Instant instant(String sql, Object... params) {
        String value = TestDatabase.string(sql, params);
        return java.time.LocalDateTime.parse(value.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
    }

    private static List<String> strings(String sql, Object... params) {
        try (var c = TestDatabase.connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
