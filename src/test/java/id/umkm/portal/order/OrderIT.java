package id.umkm.portal.order;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.umkm.portal.payment.domain.GatewayNotification;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders through the API as buyers and sellers meet them: stock under load, idempotent placement, expiry, scoping, payment. */
class OrderIT extends PortalIT {

    private static final int KOTA = 2;
    private static final int UTARA = 6;
    private static final int GATEWAY_HANG_MS = 7_000;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        ExternalSystems.gatewayFallsBackToSimulator(base);
    }

    @Test
    void twentyConcurrentCheckoutsOfFiveInStockSellExactlyFive() throws Exception {
        OrderTestData.Seller seller = OrderTestData.seller("Amplang Rebutan", KOTA);
        OrderTestData.Product amplang = OrderTestData.product(seller, "Amplang Kuku Macan", 25_000, 5);
        List<OrderApi> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            buyers.add(new OrderApi(base, OrderTestData.buyer("Pembeli " + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<HttpResponse<String>>> checkouts = buyers.stream()
                .<Callable<HttpResponse<String>>>map(b -> () -> b.place(UUID.randomUUID().toString(), OrderApi.pickup(amplang.id(), 1)))
                .toList();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : pool.invokeAll(checkouts)) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(5);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.body()).contains(amplang.name());
        assertThat(OrderTestData.stock(amplang.id())).isZero();
        assertThat(TestDatabase.count("SELECT COALESCE(SUM(quantity), 0) FROM order_item WHERE product_id = ?", amplang.id())).isEqualTo(5);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM orders WHERE seller_id = ?", seller.id())).isEqualTo(5);
    }

    @Test
    void oneIdempotencyKeyMakesOneCheckoutHoweverOftenAndConcurrentlyItIsSent() throws Exception {
        OrderTestData.Seller batik = OrderTestData.seller("Batik Beruang Madu", KOTA);
        OrderTestData.Seller kue = OrderTestData.seller("Kue Bingka", UTARA);
        OrderTestData.Product kain = OrderTestData.product(batik, "Kain Batik Kaltim", 150_000, 10);
        OrderTestData.Product bingka = OrderTestData.product(kue, "Bingka Kentang", 30_000, 10);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Ragu"));
        String key = UUID.randomUUID().toString();
        String body = OrderApi.pickup(kain.id(), 2, bingka.id(), 1);

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<HttpResponse<String>>> twins = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            twins.add(pool.submit(() -> buyer.place(key, body)));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> twin : twins) {
            answers.add(twin.get());
        }
        pool.shutdown();
        HttpResponse<String> again = buyer.place(key, body);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 200);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        long checkoutId = PortalClient.json(again).getJsonNumber("checkoutId").longValue();
        assertThat(answers).extracting(a -> PortalClient.json(a).getJsonNumber("checkoutId").longValue()).containsOnly(checkoutId);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE idempotency_key = ?", key)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM orders WHERE checkout_id = ?", checkoutId)).isEqualTo(2);
        assertThat(OrderTestData.stock(kain.id())).isEqualTo(8);
        assertThat(OrderTestData.stock(bingka.id())).isEqualTo(9);

        JsonObject placed = PortalClient.json(again);
        assertThat(placed.getJsonNumber("total").longValue()).isEqualTo(330_000);
        assertThat(placed.getJsonArray("orders")).hasSize(2);
        JsonObject payment = placed.getJsonObject("payment");
        assertThat(payment.getString("reference")).isEqualTo("CO-" + checkoutId);
        assertThat(payment.getJsonNumber("amount").longValue()).isEqualTo(330_000);
        assertThat(payment.getString("qrString")).startsWith("000201");
        assertThat(payment.getString("expiresAt")).isNotBlank();

        HttpResponse<String> noKey = buyer.place(null, body);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");
    }

    @Test
    void badCheckoutsAreRefusedWithAReasonAndChangeNothing() {
        OrderTestData.Seller seller = OrderTestData.seller("Kerupuk Ikan", KOTA);
        OrderTestData.Product kerupuk = OrderTestData.product(seller, "Kerupuk Ikan Pipih", 20_000, 3);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Teliti"));

        HttpResponse<String> tooMany = buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(kerupuk.id(), 4));
        assertThat(tooMany.statusCode()).isEqualTo(409);
        assertThat(tooMany.body()).contains(kerupuk.name()).contains("tersisa 3");

        String noAddress = Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", kerupuk.id()).add("quantity", 1)))
                .add("delivery", Json.createObjectBuilder().add("method", "COURIER").add("phone", "0812 3456 7890"))
                .build().toString();
        HttpResponse<String> courierWithoutAddress = buyer.place(UUID.randomUUID().toString(), noAddress);
        assertThat(courierWithoutAddress.statusCode()).isEqualTo(400);
        assertThat(courierWithoutAddress.body()).contains("address");

        String badPhone = OrderApi.pickup(kerupuk.id(), 1).replace("0812 3456 7890", "12345");
        HttpResponse<String> phone = buyer.place(UUID.randomUUID().toString(), badPhone);
        assertThat(phone.statusCode()).isEqualTo(400);
        assertThat(phone.body()).contains("phone");

        assertThat(OrderTestData.stock(kerupuk.id())).isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM orders WHERE seller_id = ?", seller.id())).isZero();
    }

    @Test
    void courierDeliveryCostsTheTariffOfTheKecamatanPair() {
        OrderTestData.Seller seller = OrderTestData.seller("Lempok Durian", KOTA);
        OrderTestData.Product lempok = OrderTestData.product(seller, "Lempok Durian 250 gr", 40_000, 5);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Jauh"));
        long tariff = TestDatabase.count("SELECT fee_rupiah FROM courier_fee WHERE from_kecamatan_id = ? AND to_kecamatan_id = ?", KOTA, UTARA);
        String body = Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", lempok.id()).add("quantity", 2)))
                .add("delivery", Json.createObjectBuilder().add("method", "COURIER").add("phone", "+62 812-1111-2222")
                        .add("address", "Jl. Mulawarman No. 5").add("kecamatanId", UTARA))
                .build().toString();

        HttpResponse<String> placed = buyer.place(UUID.randomUUID().toString(), body);

        assertThat(placed.statusCode()).isEqualTo(201);
        JsonObject order = PortalClient.json(placed).getJsonArray("orders").getJsonObject(0);
        assertThat(order.getJsonNumber("deliveryFee").longValue()).isEqualTo(tariff);
        assertThat(order.getJsonNumber("total").longValue()).isEqualTo(80_000 + tariff);
        assertThat(order.getString("buyerPhone")).isEqualTo("+6281211112222");
        assertThat(order.getString("deliveryAddress")).isEqualTo("Jl. Mulawarman No. 5");
    }

    @Test
    void unpaidOrdersExpireAndGiveTheirStockBack() throws Exception {
        OrderTestData.Seller seller = OrderTestData.seller("Madu Hutan", KOTA);
        OrderTestData.Product madu = OrderTestData.product(seller, "Madu Kelulut", 90_000, 4);
        String email = OrderTestData.buyer("Pembeli Lupa");
        OrderApi buyer = new OrderApi(base, email);
        HttpResponse<String> placed = buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(madu.id(), 3));
        assertThat(placed.statusCode()).isEqualTo(201);
        long orderId = PortalClient.json(placed).getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(OrderTestData.stock(madu.id())).isEqualTo(1);

        TestDatabase.update("UPDATE orders SET pay_by = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?", orderId);
        awaitStatus(buyer, orderId, "EXPIRED");

        assertThat(OrderTestData.stock(madu.id())).isEqualTo(4);
        JsonObject order = buyer.order(orderId);
        assertThat(order.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(step -> {
                    assertThat(step.getString("to")).isEqualTo("EXPIRED");
                    assertThat(step.getString("actor")).isEqualTo("SYSTEM");
                });
        MimeMessage expired = Mailbox.await(email, "habis", Duration.ofSeconds(20));
        assertThat(expired.getSubject()).contains(order.getString("number"));
        assertThat(Mailbox.body(expired)).contains(order.getString("sellerName"));
        // The job runs every 2 s: a few more runs must not tell the buyer again.
        sleep(Duration.ofSeconds(5));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM notification WHERE dedup_key = ?", "order:" + orderId + ":EXPIRED:buyer"))
                .isEqualTo(1);
        assertThat(Mailbox.countTo(email)).isEqualTo(2);
    }

    @Test
    void aSellerCannotSeeOrMoveAnotherSellersOrder() {
        OrderTestData.Seller mine = OrderTestData.seller("Toko Jujur", KOTA);
        OrderTestData.Seller other = OrderTestData.seller("Toko Iseng", KOTA);
        OrderTestData.Product product = OrderTestData.product(mine, "Sarung Samarinda", 200_000, 2);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Sarung"));
        long orderId = firstOrderId(buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(product.id(), 1)));
        OrderApi intruder = new OrderApi(base, other.email());
        OrderApi anotherBuyer = new OrderApi(base, OrderTestData.buyer("Pembeli Kepo"));

        assertThat(intruder.get("/api/v1/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(anotherBuyer.get("/api/v1/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(intruder.post("/api/v1/orders/" + orderId + "/cancel", "{\"reason\":\"iseng\"}").statusCode()).isEqualTo(404);
        assertThat(intruder.post("/api/v1/orders/" + orderId + "/process", "{}").statusCode()).isEqualTo(404);
        assertThat(intruder.post("/api/v1/orders/" + orderId + "/ship", "{\"note\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(anotherBuyer.post("/api/v1/orders/" + orderId + "/cancel", "{}").statusCode()).isEqualTo(404);
        assertThat(buyer.post("/api/v1/orders/" + orderId + "/process", "{}").statusCode()).isEqualTo(403);

        assertThat(TestDatabase.string("SELECT status FROM orders WHERE id = ?", orderId)).isEqualTo("PENDING_PAYMENT");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_event WHERE order_id = ?", orderId)).isEqualTo(1);
        OrderApi owner = new OrderApi(base, mine.email());
        assertThat(owner.order(orderId).getString("status")).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void illegalMovesAreRefusedAndLeaveTheOrderAsItWas() {
        OrderTestData.Seller seller = OrderTestData.seller("Toko Teratur", KOTA);
        OrderTestData.Product product = OrderTestData.product(seller, "Tas Manik Dayak", 175_000, 3);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Sabar"));
        long orderId = firstOrderId(buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(product.id(), 1)));
        OrderApi owner = new OrderApi(base, seller.email());

        HttpResponse<String> shipUnpaid = owner.post("/api/v1/orders/" + orderId + "/ship", "{\"note\":\"resi 1\"}");
        assertThat(shipUnpaid.statusCode()).isEqualTo(409);
        assertThat(shipUnpaid.body()).contains("PENDING_PAYMENT").contains("SHIPPED");
        assertThat(owner.post("/api/v1/orders/" + orderId + "/process", "{}").statusCode()).isEqualTo(409);
        assertThat(buyer.post("/api/v1/orders/" + orderId + "/receipt", "{}").statusCode()).isEqualTo(409);
        HttpResponse<String> noReason = owner.post("/api/v1/orders/" + orderId + "/cancel", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(TestDatabase.string("SELECT status FROM orders WHERE id = ?", orderId)).isEqualTo("PENDING_PAYMENT");

        // The buyer calls it off before paying: stock comes back, and a cancelled order stays cancelled.
        assertThat(buyer.post("/api/v1/orders/" + orderId + "/cancel", "{}").statusCode()).isEqualTo(200);
        assertThat(buyer.order(orderId).getString("status")).isEqualTo("CANCELLED");
        assertThat(OrderTestData.stock(product.id())).isEqualTo(3);
        assertThat(buyer.post("/api/v1/orders/" + orderId + "/cancel", "{}").statusCode()).isEqualTo(409);
        assertThat(owner.post("/api/v1/orders/" + orderId + "/cancel", "{\"reason\":\"habis\"}").statusCode()).isEqualTo(409);
        assertThat(OrderTestData.stock(product.id())).isEqualTo(3);
    }

    @Test
    void paymentThroughTheGatewayPaysEveryOrderOfTheCheckoutAndTellsEachPartyOnce() {
        OrderTestData.Seller amplangShop = OrderTestData.seller("Amplang Bayar", KOTA);
        OrderTestData.Seller batikShop = OrderTestData.seller("Batik Bayar", UTARA);
        OrderTestData.Product amplang = OrderTestData.product(amplangShop, "Amplang Udang", 30_000, 10);
        OrderTestData.Product batik = OrderTestData.product(batikShop, "Batik Tulis Kaltim", 250_000, 2);
        String email = OrderTestData.buyer("Pembeli Lunas");
        OrderApi buyer = new OrderApi(base, email);
        JsonObject placed = PortalClient.json(buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(amplang.id(), 2, batik.id(), 1)));
        String reference = placed.getJsonObject("payment").getString("reference");
        long amount = placed.getJsonObject("payment").getJsonNumber("amount").longValue();
        assertThat(amount).isEqualTo(310_000);
        List<Long> orders = placed.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        long amplangOrder = orderOf(placed, amplangShop);
        long batikOrder = orderOf(placed, batikShop);

        // The payer pays at the gateway; the gateway notifies the webhook over HTTP, three times as gateways may.
        assertThat(TestDatabase.update("UPDATE simulated_charge SET status = 'settlement', settled_at = UTC_TIMESTAMP(6)"
                + " WHERE order_id = ?", reference)).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThat(buyer.client.postJson("/api/v1/payments/notifications", settlement(reference, amount)).statusCode())
                    .isEqualTo(200);
        }

        for (long order : orders) {
            awaitStatus(buyer, order, "PAID");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM order_event WHERE order_id = ? AND to_status = 'PAID'", order)).isEqualTo(1);
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM notification WHERE dedup_key LIKE ?", "order:" + order + ":PAID:%"))
                    .isEqualTo(2);
        }
        JsonObject checkout = PortalClient.json(buyer.get("/api/v1/orders/checkouts/" + placed.getJsonNumber("checkoutId").longValue()));
        assertThat(checkout.getJsonObject("payment").getString("state")).isEqualTo("PAID");
        Mailbox.await(email, "Pembayaran", Duration.ofSeconds(20));
        sleep(Duration.ofSeconds(2));
        assertThat(Mailbox.countTo(email)).as("two orders placed, two paid: one mail each").isEqualTo(4);

        // The seller of the batik runs out of cloth after payment: the buyer's money is owed back, the stock returns.
        OrderApi batikSeller = new OrderApi(base, batikShop.email());
        JsonObject cancelled = PortalClient.json(batikSeller.post("/api/v1/orders/" + batikOrder + "/cancel",
                "{\"reason\":\"Kain rusak terkena air\"}"));
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getBoolean("refundDue")).isTrue();
        assertThat(OrderTestData.stock(batik.id())).isEqualTo(2);

        // The amplang goes the whole way: processed, shipped with a note, received.
        OrderApi amplangSeller = new OrderApi(base, amplangShop.email());
        assertThat(amplangSeller.post("/api/v1/orders/" + amplangOrder + "/process", "{}").statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(amplangSeller.post("/api/v1/orders/" + amplangOrder + "/ship", "{\"note\":\"Diantar sore ini\"}"))
                .getString("status")).isEqualTo("SHIPPED");
        JsonObject done = PortalClient.json(buyer.post("/api/v1/orders/" + amplangOrder + "/receipt", "{}"));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(step -> step.getString("to"))
                .containsExactly("PENDING_PAYMENT", "PAID", "PROCESSING", "SHIPPED", "COMPLETED");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM notification WHERE dedup_key LIKE ?", "order:" + amplangOrder + ":%"))
                .isEqualTo(10);
    }

    @Test
    void aGatewayOutOfReachLeavesTheOrdersWaitingAndTheBuyerCanTryAgain() {
        OrderTestData.Product product = OrderTestData.product(OrderTestData.seller("Toko Sabar", KOTA), "Kopi Robusta Samboja", 45_000, 5);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Tabah"));

        JsonObject body = placeWhileTheGatewayAnswers(buyer, product, 4, aResponse().withStatus(503));

        JsonObject retried = PortalClient.json(buyer.get("/api/v1/orders/checkouts/" + body.getJsonNumber("checkoutId").longValue()));
        assertThat(retried.getBoolean("paymentUnavailable")).isFalse();
        assertThat(retried.getJsonObject("payment").getString("qrString")).startsWith("000201");
    }

    @Test
    void aHungGatewayCostsTheCheckoutAtMostItsTimeoutAndOpensNoCharge() {
        OrderTestData.Product product = OrderTestData.product(OrderTestData.seller("Toko Lambat", KOTA), "Amplang Lambat", 30_000, 5);
        OrderApi buyer = new OrderApi(base, OrderTestData.buyer("Pembeli Sabar"));
        // A checkout as usual first, so the bound below measures the hang, not a freshly started server.
        assertThat(buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(product.id(), 1)).statusCode()).isEqualTo(201);
        long payments = TestDatabase.count("SELECT COUNT(*) FROM payment");

        long started = System.nanoTime();
        // Longer than the client's read timeout (3 s) and Fault Tolerance's (6 s).
        placeWhileTheGatewayAnswers(buyer, product, 3, aResponse().withFixedDelay(GATEWAY_HANG_MS).withStatus(201));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the charge gives up after the 3 s read timeout, within the 6 s bound").isLessThan(Duration.ofSeconds(6));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment")).as("no charge recorded").isEqualTo(payments);
        // WireMock journals a request when it answers it: let the hung one end here, not in the next test's journal.
        sleep(Duration.ofMillis(GATEWAY_HANG_MS + 500).minus(took));
        ExternalSystems.gateway().resetRequests();
    }

    /**
     * Places a checkout of one product while the gateway's charge answers as given: the orders are
     * placed and wait for payment with the stock held, and the buyer is told payment is unavailable.
     */
    private JsonObject placeWhileTheGatewayAnswers(OrderApi buyer, OrderTestData.Product product, long stockLeft,
            ResponseDefinitionBuilder charge) {
        ExternalSystems.gateway().stubFor(post(urlPathEqualTo("/v2/charge")).willReturn(charge));
        HttpResponse<String> placed;
        try {
            placed = buyer.place(UUID.randomUUID().toString(), OrderApi.pickup(product.id(), 1));
        } finally {
            ExternalSystems.reset(ExternalSystems.gateway());
            ExternalSystems.gatewayFallsBackToSimulator(base);
        }

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonObject body = PortalClient.json(placed);
        assertThat(body.getBoolean("paymentUnavailable")).isTrue();
        assertThat(body.getOrDefault("payment", JsonValue.NULL)).as("no charge to show").isEqualTo(JsonValue.NULL);
        assertThat(body.getJsonArray("orders")).singleElement()
                .satisfies(order -> assertThat(order.asJsonObject().getString("status")).isEqualTo("PENDING_PAYMENT"));
        assertThat(OrderTestData.stock(product.id())).isEqualTo(stockLeft);
        return body;
    }

    private static String settlement(String reference, long amount) {
        String gross = amount + ".00";
        return Json.createObjectBuilder()
                .add("transaction_time", "2026-11-23 20:00:00")
                .add("transaction_status", "settlement")
                .add("transaction_id", UUID.nameUUIDFromBytes(reference.getBytes()).toString())
                .add("status_message", "midtrans payment notification")
                .add("status_code", "200")
                .add("signature_key", GatewayNotification.sign(reference, "200", gross, "test-server-key"))
                .add("payment_type", "qris")
                .add("order_id", reference)
                .add("gross_amount", gross)
                .add("fraud_status", "accept")
                .add("currency", "IDR")
                .build().toString();
    }

    private static long orderOf(JsonObject placed, OrderTestData.Seller seller) {
        return placed.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("sellerId").longValue() == seller.id())
                .mapToLong(o -> o.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    static long firstOrderId(HttpResponse<String> placed) {
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return PortalClient.json(placed).getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
    }

    static void awaitStatus(OrderApi reader, long orderId, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = reader.order(orderId).getString("status");
            if (status.equals(last)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("Order " + orderId + " stayed " + last + ", never " + status);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
