package id.umkm.portal.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.umkm.portal.payment.domain.GatewayNotification;
import id.umkm.portal.payment.domain.QrisCodec;
import id.umkm.portal.payment.domain.QrisPayload;
import id.umkm.portal.payment.domain.WeeklyPayoutSlot;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment context from outside: the Midtrans protocol as the portal speaks it (WireMock records and
 * stubs it, falling back to the portal's own simulator), the webhook under repeats, races and forgeries,
 * the ledger it posts, and payouts.
 */
class PaymentIT extends PortalIT {

    private static final String SERVER_KEY = "test-server-key";
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((SERVER_KEY + ":").getBytes(StandardCharsets.UTF_8));
    private static final String STAFF = "staf@demo.umkm.id";
    private static final String DEMO_PASSWORD = "umkm-demo-2026";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        // Requests another class left in the journal (a retried charge, a slow answer ending late) do not count here.
        ExternalSystems.reset(gateway());
        ExternalSystems.gatewayFallsBackToSimulator(base);
    }

    @AfterEach
    void resetGateway() {
        ExternalSystems.reset(gateway());
    }

    // --- the charge, as the portal asks the gateway for it -------------------------------------------

    @Test
    void gatewayCheckOpensAQrisChargeAsMidtransExpectsAndCancelsIt() {
        HttpResponse<String> answer = staff().postJson("/api/v1/staff/payments/gateway-check", "{}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject result = PortalClient.json(answer);
        String reference = result.getString("reference");
        assertThat(reference).startsWith("CHK-");
        assertThat(result.getBoolean("qrValid")).isTrue();
        assertThat(result.getBoolean("cancelled")).isTrue();

        gateway().verify(1, postRequestedFor(urlEqualTo("/v2/charge"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("Accept", matching(".*application/json.*"))
                .withHeader("X-Override-Notification", matching("http://[^/]+/api/v1/payments/notifications"))
                .withRequestBody(equalToJson("""
                        {"payment_type":"qris",
                         "transaction_details":{"order_id":"%s","gross_amount":1000},
                         "custom_expiry":{"order_time":"${json-unit.any-string}","expiry_duration":15,"unit":"minute"},
                         "qris":{"acquirer":"gopay"}}""".formatted(reference))));
        gateway().verify(1, postRequestedFor(urlEqualTo("/v2/" + reference + "/cancel"))
                .withHeader("Authorization", equalTo(BASIC)));
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("CANCELLED");
        assertThat(TestDatabase.string("SELECT status FROM simulated_charge WHERE order_id = ?", reference)).isEqualTo("cancel");
    }

    @Test
    void aGatewayServerErrorLeavesNothingRecorded() {
        gateway().stubFor(post(urlEqualTo("/v2/charge")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\":\"500\",\"status_message\":\"Sorry, we encountered internal server error\"}")));
        long before = TestDatabase.count("SELECT COUNT(*) FROM payment");

        HttpResponse<String> answer = staff().postJson("/api/v1/staff/payments/gateway-check", "{}");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(answer.body()).contains("HTTP 500");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment")).isEqualTo(before);
        gateway().verify(1, postRequestedFor(urlEqualTo("/v2/charge")));
    }

    @Test
    void aGatewayTooSlowToAnswerFailsClearlyWithinTheTimeout() {
        gateway().stubFor(post(urlEqualTo("/v2/charge")).willReturn(aResponse().withFixedDelay(8_000).withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status_code\":\"201\"}")));
        long before = TestDatabase.count("SELECT COUNT(*) FROM payment");

        long started = System.nanoTime();
        HttpResponse<String> answer = staff().postJson("/api/v1/staff/payments/gateway-check", "{}");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(took).as("timeout is 3 s in tests").isLessThan(Duration.ofMillis(7_000));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment")).isEqualTo(before);
    }

    // --- the simulator ----------------------------------------------------------------------------------

    @Test
    void theSimulatorIssuesADynamicQrisWhoseCrcAndAmountCheckOut() {
        String orderId = reference();
        HttpResponse<String> answer = simulatorCharge(orderId, 87_500, BASIC);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject charge = json(answer.body());
        assertThat(charge.getString("status_code")).isEqualTo("201");
        assertThat(charge.getString("transaction_status")).isEqualTo("pending");
        assertThat(charge.getString("gross_amount")).isEqualTo("87500.00");
        assertThat(charge.getString("expiry_time")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(charge.getJsonArray("actions").getJsonObject(0).getString("name")).isEqualTo("generate-qr-code");
        QrisPayload qr = QrisCodec.decode(charge.getString("qr_string"));
        assertThat(qr.dynamic()).isTrue();
        assertThat(qr.amount()).contains(Money.rupiah(87_500));
        assertThat(qr.billNumber()).contains(orderId);

        assertThat(simulatorCharge(orderId, 87_500, BASIC).statusCode()).as("order id used twice").isEqualTo(406);
        assertThat(simulatorCharge(reference(), 1_000, "Basic " + Base64.getEncoder().encodeToString("wrong:".getBytes())).statusCode())
                .isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(gatewayUri("/v2/" + orderId + "/status")).header("Authorization", BASIC).GET())
                .body()).contains("\"transaction_status\":\"pending\"");
        // The main REST application must not serve the simulator under /api/v1.
        assertThat(new PortalClient(base).postJson("/api/v1/v2/charge", "{}").statusCode()).isEqualTo(404);
    }

    // --- notifications ---------------------------------------------------------------------------------

    @Test
    void theSameNotificationThreeTimesAtOnceAndOutOfOrderPaysOnceWithOneJournal() throws Exception {
        String reference = openedCharge(125_000);
        settleAtSimulator(reference);
        String settlement = notification(reference, "settlement", "200", 125_000, SERVER_KEY);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deliveries.add(() -> notify(settlement).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(deliveries)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        // A stale "pending" notification arriving after the settlement changes nothing.
        HttpResponse<String> late = notify(notification(reference, "pending", "201", 125_000, SERVER_KEY));

        assertThat(statuses).containsOnly(200);
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment WHERE reference = ? AND paid_at IS NOT NULL", reference)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE source_reference = ?", reference)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT SUM(debit_rupiah) FROM ledger_line l JOIN ledger_journal j ON j.id = l.journal_id"
                + " WHERE j.source_reference = ? AND l.account_code = '1100'", reference)).isEqualTo(125_000);
        assertThat(TestDatabase.count("SELECT SUM(credit_rupiah) FROM ledger_line l JOIN ledger_journal j ON j.id = l.journal_id"
                + " WHERE j.source_reference = ? AND l.account_code = '2100'", reference)).isEqualTo(125_000);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ?", reference)).isEqualTo(4);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ? AND outcome = 'PAID'", reference))
                .isEqualTo(1);
        // Each notification was confirmed by a status query, as Midtrans advises.
        gateway().verify(4, getRequestedFor(urlEqualTo("/v2/" + reference + "/status")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void aJournalPostedBeforeIsNotPostedAgain() {
        String reference = openedCharge(18_000);
        // The ledger already holds this payment's journal (posted earlier): the unique (kind, source) key
        // makes the second posting insert nothing, neither the journal nor its lines.
        TestDatabase.update("INSERT INTO ledger_journal (kind, source_reference, payment_reference, memo, posted_at)"
                + " VALUES ('PAYMENT_RECEIVED', ?, ?, 'earlier', UTC_TIMESTAMP(6))", reference, reference);
        settleAtSimulator(reference);

        assertThat(notify(notification(reference, "settlement", "200", 18_000, SERVER_KEY)).statusCode()).isEqualTo(200);

        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
        assertThat(TestDatabase.string("SELECT memo FROM ledger_journal WHERE source_reference = ?", reference)).isEqualTo("earlier");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_line l JOIN ledger_journal j ON j.id = l.journal_id"
                + " WHERE j.source_reference = ?", reference)).isZero();
    }

    @Test
    void aForgedNotificationIsRejectedLoggedAndChangesNothing() {
        String reference = openedCharge(40_000);
        settleAtSimulator(reference);

        HttpResponse<String> forged = notify(notification(reference, "settlement", "200", 40_000, "someone-elses-key"));
        HttpResponse<String> unsigned = notify("{\"order_id\":\"" + reference + "\",\"transaction_status\":\"settlement\"}");
        HttpResponse<String> garbage = notify("not json");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PENDING");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE source_reference = ?", reference)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ? AND outcome = 'REJECTED'"
                + " AND signature_valid = FALSE", reference)).isEqualTo(2);
        gateway().verify(0, getRequestedFor(urlEqualTo("/v2/" + reference + "/status")));
    }

    @Test
    void anExpiryNotificationClosesTheUnpaidChargeAndALaterPaymentStillCounts() {
        String reference = openedCharge(15_000);
        TestDatabase.update("UPDATE simulated_charge SET status = 'expire' WHERE order_id = ?", reference);

        assertThat(notify(notification(reference, "expire", "202", 15_000, SERVER_KEY)).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("EXPIRED");

        // Money that arrives anyway is money received: the charge becomes paid (the order context refunds it).
        settleAtSimulator(reference);
        assertThat(notify(notification(reference, "settlement", "200", 15_000, SERVER_KEY)).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE source_reference = ?", reference)).isEqualTo(1);
    }

    @Test
    void whenTheStatusCannotBeConfirmedTheGatewayIsAskedToRetry() {
        String reference = openedCharge(22_000);
        settleAtSimulator(reference);
        gateway().stubFor(get(urlEqualTo("/v2/" + reference + "/status")).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = notify(notification(reference, "settlement", "200", 22_000, SERVER_KEY));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PENDING");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ? AND outcome = 'UNCONFIRMED'",
                reference)).isEqualTo(1);
        gateway().verify(3, getRequestedFor(urlEqualTo("/v2/" + reference + "/status")));

        // The gateway repeats the notification later, when the status can be confirmed.
        ExternalSystems.reset(gateway());
        ExternalSystems.gatewayFallsBackToSimulator(base);
        assertThat(notify(notification(reference, "settlement", "200", 22_000, SERVER_KEY)).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
    }

    @Test
    void aPaymentWhoseNotificationWasLostIsFoundByAskingTheGateway() throws InterruptedException {
        String reference = openedCharge(33_000);
        TestDatabase.update("UPDATE payment SET created_at = UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE WHERE reference = ?", reference);
        settleAtSimulator(reference);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"PAID".equals(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference))
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE source_reference = ?", reference)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ?", reference)).isZero();
    }

    @Test
    void aNotificationForAChargeThePortalNeverOpenedIsNotActedOn() {
        String orderId = reference();
        assertThat(simulatorCharge(orderId, 5_000, BASIC).statusCode()).isEqualTo(201);
        settleAtSimulator(orderId);

        assertThat(notify(notification(orderId, "settlement", "200", 5_000, SERVER_KEY)).statusCode()).isEqualTo(404);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE source_reference = ?", orderId)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment_notification WHERE reference = ? AND outcome = 'UNKNOWN_REFERENCE'",
                orderId)).isEqualTo(1);
    }

    // --- payouts -----------------------------------------------------------------------------------------

    @Test
    void aPayoutBatchRunTwiceAtOnceAndAgainPaysEachSellerOnce() throws Exception {
        long batik = sellerId("batik-kaltim-beruang-madu");
        long rotan = sellerId("anyaman-rotan-lamaru");
        long paidBefore = paidOutTo(batik);
        long balanceBefore = payable(batik);
        completedOrder(batik, 80_000, 240);
        completedOrder(batik, 12_345, 37);
        completedOrder(rotan, 30_000, 90);
        long due = balanceBefore + 80_000 - 240 + 12_345 - 37;
        assertThat(payable(batik)).isEqualTo(due);

        PortalClient first = staff();
        PortalClient second = staff();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> runs = pool.invokeAll(List.of(
                () -> first.postJson("/api/v1/staff/payouts", "{}"), () -> second.postJson("/api/v1/staff/payouts", "{}")));
        pool.shutdown();
        List<Integer> statuses = new ArrayList<>();
        JsonObject batch = null;
        for (Future<HttpResponse<String>> run : runs) {
            HttpResponse<String> answer = run.get();
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 201) {
                batch = PortalClient.json(answer);
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(staff().postJson("/api/v1/staff/payouts", "{}").statusCode()).as("re-run").isEqualTo(409);

        long batchId = batch.getJsonNumber("id").longValue();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_line WHERE seller_id = ?", batik)).isEqualTo(
                TestDatabase.count("SELECT COUNT(*) FROM payout_line WHERE seller_id = ? AND batch_id <> ?", batik, batchId) + 1);
        assertThat(paidOutTo(batik) - paidBefore).isEqualTo(due);
        assertThat(payable(batik)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_line WHERE seller_id = ? AND batch_id = ?", rotan, batchId))
                .as("below the minimum").isZero();
        assertThat(payable(rotan)).isGreaterThanOrEqualTo(29_910);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM (SELECT journal_id FROM ledger_line GROUP BY journal_id"
                + " HAVING SUM(debit_rupiah) <> SUM(credit_rupiah)) unbalanced")).as("unbalanced journals").isZero();

        String reference = "PO-" + batchId + "-" + batik;
        HttpResponse<String> file = staff().get("/api/v1/staff/payouts/" + batchId + "/transfer-file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(file.body()).startsWith("method,provider,account_number,account_holder,amount_rupiah,reference,seller\r\n")
                .contains("BANK,BNI,0456789123,Ratna Sari," + due + "," + reference + ",Batik Kaltim Beruang Madu\r\n");

        HttpResponse<String> confirmed = staff().postJson("/api/v1/staff/payouts/" + batchId + "/confirmation", "{}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(PortalClient.json(confirmed).getString("status")).isEqualTo("PAID");
        assertThat(staff().postJson("/api/v1/staff/payouts/" + batchId + "/confirmation", "{}").statusCode()).isEqualTo(409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'PAYOUT_SENT' AND source_reference = ?",
                reference)).isEqualTo(1);
    }

    @Test
    void theWeeklyPayoutSlotIsClaimedAndRunOnce() throws InterruptedException {
        // The test server runs weekly payouts on MONDAY 08:00 WITA (arquillian.xml): its job catches up the latest slot.
        Instant slot = WeeklyPayoutSlot.parse("MONDAY", "08:00").orElseThrow().latestStartAtOrBefore(Instant.now());
        LocalDateTime slotUtc = LocalDateTime.ofInstant(slot, ZoneOffset.UTC);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestDatabase.count("SELECT COUNT(*) FROM payout_schedule_run WHERE slot_start = ?", slotUtc) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_schedule_run WHERE slot_start = ?", slotUtc)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_schedule_run")).isEqualTo(1);
    }

    @Test
    void onlyStaffRunPayoutsOrCheckTheGateway() {
        PortalClient seller = new PortalClient(base);
        seller.login("penjual@demo.umkm.id", DEMO_PASSWORD);
        long batchesBefore = TestDatabase.count("SELECT COUNT(*) FROM payout_batch");

        assertThat(seller.postJson("/api/v1/staff/payouts", "{}").statusCode()).isEqualTo(403);
        assertThat(seller.postJson("/api/v1/staff/payments/gateway-check", "{}").statusCode()).isEqualTo(403);
        assertThat(new PortalClient(base).postJson("/api/v1/staff/payouts", "{}").statusCode()).as("anonymous").isEqualTo(401);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_batch")).isEqualTo(batchesBefore);
    }

    /** A completed order as the order context posts it through SellerLedger (held money released, less the fee). */
    private static void completedOrder(long sellerId, long amount, long fee) {
        String order = "ORD-IT-" + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.update("INSERT INTO ledger_journal (kind, source_reference, payment_reference, order_number, memo, posted_at)"
                + " VALUES ('RELEASE', ?, 'CO-IT', ?, 'IT', UTC_TIMESTAMP(6))", order, order);
        long journal = TestDatabase.count("SELECT id FROM ledger_journal WHERE kind = 'RELEASE' AND source_reference = ?", order);
        TestDatabase.update("INSERT INTO ledger_line (journal_id, account_code, seller_id, debit_rupiah, credit_rupiah)"
                + " VALUES (?, '2100', NULL, ?, 0), (?, '2200', ?, 0, ?), (?, '4100', ?, 0, ?)",
                journal, amount, journal, sellerId, amount - fee, journal, sellerId, fee);
    }

    private static long sellerId(String slug) {
        return TestDatabase.count("SELECT id FROM seller WHERE slug = ?", slug);
    }

    private static long payable(long sellerId) {
        return TestDatabase.count("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line"
                + " WHERE account_code = '2200' AND seller_id = ?", sellerId);
    }

    private static long paidOutTo(long sellerId) {
        return TestDatabase.count("SELECT COALESCE(SUM(amount_rupiah), 0) FROM payout_line WHERE seller_id = ?", sellerId);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** A charge opened at the simulated gateway and recorded by the portal as its own, as PaymentDesk would. */
    private String openedCharge(long amount) {
        String reference = reference();
        HttpResponse<String> answer = simulatorCharge(reference, amount, BASIC);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject charge = json(answer.body());
        TestDatabase.update("INSERT INTO payment (reference, amount_rupiah, description, qr_string, expires_at, state,"
                        + " gateway_transaction_id, created_at) VALUES (?, ?, 'IT', ?, UTC_TIMESTAMP(6) + INTERVAL 15 MINUTE,"
                        + " 'PENDING', ?, UTC_TIMESTAMP(6))",
                reference, amount, charge.getString("qr_string"), charge.getString("transaction_id"));
        return reference;
    }

    /** The payer paid at the simulated gateway (what its pay page does, without the notification). */
    private static void settleAtSimulator(String orderId) {
        assertThat(TestDatabase.update("UPDATE simulated_charge SET status = 'settlement', settled_at = UTC_TIMESTAMP(6)"
                + " WHERE order_id = ?", orderId)).isEqualTo(1);
    }

    private static String notification(String orderId, String status, String statusCode, long amount, String key) {
        String gross = amount + ".00";
        return Json.createObjectBuilder()
                .add("transaction_time", "2026-11-23 20:00:00")
                .add("transaction_status", status)
                .add("transaction_id", UUID.nameUUIDFromBytes(orderId.getBytes()).toString())
                .add("status_message", "midtrans payment notification")
                .add("status_code", statusCode)
                .add("signature_key", GatewayNotification.sign(orderId, statusCode, gross, key))
                .add("payment_type", "qris")
                .add("order_id", orderId)
                .add("gross_amount", gross)
                .add("fraud_status", "accept")
                .add("currency", "IDR")
                .build().toString();
    }

    private HttpResponse<String> notify(String body) {
        return new PortalClient(base).postJson("/api/v1/payments/notifications", body);
    }

    private HttpResponse<String> simulatorCharge(String orderId, long amount, String authorization) {
        String body = Json.createObjectBuilder().add("payment_type", "qris")
                .add("transaction_details", Json.createObjectBuilder().add("order_id", orderId).add("gross_amount", amount))
                .add("qris", Json.createObjectBuilder().add("acquirer", "gopay")).build().toString();
        return send(HttpRequest.newBuilder(gatewayUri("/v2/charge")).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI gatewayUri(String path) {
        return URI.create("http://127.0.0.1:" + gateway().port() + path);
    }

    private static WireMockServer gateway() {
        return ExternalSystems.gateway();
    }

    private static String reference() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private PortalClient staff() {
        PortalClient client = new PortalClient(base);
        client.login(STAFF, DEMO_PASSWORD);
        return client;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
