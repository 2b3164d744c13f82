package id.umkm.portal.consignment;

import static id.umkm.portal.consignment.ConsignmentApi.WITA;
import static id.umkm.portal.consignment.ConsignmentApi.agreementJson;
import static id.umkm.portal.consignment.ConsignmentApi.intake;
import static id.umkm.portal.consignment.ConsignmentApi.json;
import static id.umkm.portal.consignment.ConsignmentApi.line;
import static id.umkm.portal.consignment.ConsignmentApi.offer;
import static id.umkm.portal.consignment.ConsignmentApi.payable;
import static id.umkm.portal.consignment.ConsignmentApi.stocked;
import static id.umkm.portal.consignment.ConsignmentApi.twice;
import static id.umkm.portal.consignment.ConsignmentApi.unsettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.payment.domain.GatewayNotification;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consignment from outside, over the API: agreements, intake with labels, the counter under a race for the
 * last unit, QRIS through the gateway (simulator), refunds, and settlements that pay each sale once even
 * when drawn up or approved twice at the same moment.
 */
class ConsignmentIT extends PortalIT {


    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        ExternalSystems.gatewayFallsBackToSimulator(base);
    }

    @Test
    void staffOfferTheSellerAcceptsAndTheCashierTakesGoodsInWithALabelPerUnit() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Amplang Uji");
        ConsignmentTestData.Seller other = ConsignmentTestData.seller("Toko Lain");
        ConsignmentApi staff = as("staf@demo.umkm.id");
        ConsignmentApi owner = as(seller.email());
        ConsignmentApi cashier = as("kasir@demo.umkm.id");

        long agreement = offer(staff, seller, "20");
        assertThat(staff.post("/api/v1/consignment/agreements", agreementJson(seller.id(), "20")).statusCode())
                .as("one open agreement per seller and outlet").isEqualTo(409);
        assertThat(intake(cashier, agreement, line("Amplang", 8, 1, 35_000, LocalDate.now(WITA).plusDays(30))).statusCode())
                .as("not accepted yet").isEqualTo(400);
        assertThat(as(other.email()).post("/api/v1/consignment/my/agreements/" + agreement + "/acceptance", "{}").statusCode())
                .as("another seller cannot accept it").isEqualTo(400);
        JsonObject accepted = json(owner.post("/api/v1/consignment/my/agreements/" + agreement + "/acceptance", "{}"));
        assertThat(accepted.getString("status")).isEqualTo("ACTIVE");

        long itemsBefore = TestDatabase.count("SELECT COUNT(*) FROM consignment_item");
        HttpResponse<String> noDate = intake(cashier, agreement, line("Kain Batik", 11, 2, 250_000, null),
                line("Amplang Tanpa Tanggal", 8, 3, 35_000, null));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("Baris 2").contains("tanggal baik digunakan");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_item")).as("nothing saved half-way").isEqualTo(itemsBefore);

        JsonObject note = json(intake(cashier, agreement, line("Kain Batik Sasirangan", 11, 2, 250_000, null),
                line("Amplang Ikan Tenggiri", 8, 3, 35_000, LocalDate.now(WITA).plusDays(30))));
        List<JsonObject> items = note.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("code")).allMatch(code -> code.matches("KS\\d{8}"));
        String amplang = items.get(1).getString("code");
        assertThat(json(cashier.get("/api/v1/consignment/items/" + amplang)).getInt("inStock")).isEqualTo(3);

        HttpResponse<byte[]> labels = cashier.bytes("/api/v1/consignment/intakes/" + note.getJsonNumber("id") + "/labels.pdf");
        assertThat(labels.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(labels.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            String sheet = text.getText(pdf);
            assertThat(occurrences(sheet, amplang)).as("one label per unit").isEqualTo(3);
            assertThat(occurrences(sheet, items.get(0).getString("code"))).isEqualTo(2);
            assertThat(sheet).contains("Rp 35.000").contains(seller.name());
        }
        assertThat(owner.bytes("/api/v1/consignment/my/intakes/" + note.getJsonNumber("id") + "/note.pdf").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT n.title FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.email = ? AND n.dedup_key = ?", seller.email(), "consignment:intake:" + note.getJsonNumber("id")))
                .as("the seller is told of the intake note").isEqualTo("Tanda terima titipan " + note.getString("number"));
        assertThat(as(other.email()).bytes("/api/v1/consignment/my/intakes/" + note.getJsonNumber("id") + "/note.pdf").statusCode())
                .as("another seller's intake note").isEqualTo(404);
    }

    @Test
    void twoStaffOfferingTheSameSellerAtOnceOpenOneAgreementAndTheDatabaseKeepsItOne() throws Exception {
        ConsignmentApi staff = as("staf@demo.umkm.id");
        ConsignmentApi otherStaff = as("staf@demo.umkm.id");
        for (int round = 0; round < 3; round++) {
            ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Kerupuk Uji");
            String offer = agreementJson(seller.id(), "20");
            List<HttpResponse<String>> offers = twice(() -> staff.post("/api/v1/consignment/agreements", offer),
                    () -> otherStaff.post("/api/v1/consignment/agreements", offer));
            assertThat(offers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
            assertThat(offers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body())
                    .contains("sudah punya perjanjian yang ditawarkan atau aktif di gerai ini");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_agreement WHERE seller_id = ?", seller.id())).isEqualTo(1);

            // The unique key holds for writers that skip the service, too; an ended agreement no longer counts.
            String secondOpen = "INSERT INTO consignment_agreement (seller_id, outlet_id, commission_percent, consignment_days,"
                    + " grace_days, end_action, payout_frequency, status, created_by, created_at) SELECT seller_id, outlet_id, 10, 30,"
                    + " 7, 'RETURN', 'WEEKLY', 'ACTIVE', created_by, created_at FROM consignment_agreement WHERE seller_id = ?";
            assertThatThrownBy(() -> TestDatabase.update(secondOpen, seller.id())).hasStackTraceContaining("uq_consignment_agreement_open");
            long first = json(offers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()).getJsonNumber("id").longValue();
            json(staff.post("/api/v1/consignment/agreements/" + first + "/end", "{}"));
            json(staff.post("/api/v1/consignment/agreements", offer.replace("\"commissionPercent\":20",
                    "\"commissionPercent\":20,\"categoryPercents\":{\"8\":12.5}")));
            JsonObject terms = as(seller.email()).get("/api/v1/consignment/my/agreements").body().transform(body ->
                    Json.createReader(new StringReader(body)).readArray().getJsonObject(0));
            assertThat(terms.getString("status")).isEqualTo("OFFERED");
            assertThat(terms.getJsonObject("categoryPercents").getJsonNumber("8").bigDecimalValue()).isEqualByComparingTo("12.5");
        }
    }

    @Test
    void twoCashiersSellingTheLastUnitAtTheSameTimeSellItOnce() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Madu Uji");
        String code = stocked(base, seller, "Madu Kelulut", 9, 1, 120_000);
        ConsignmentApi first = as("kasir@demo.umkm.id");
        ConsignmentApi second = as(ConsignmentTestData.cashier());
        String sale = "{\"tender\":\"CASH\",\"cashReceivedRupiah\":150000,\"lines\":[{\"code\":\"" + code + "\",\"quantity\":1}]}";

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = pool.invokeAll(List.<Callable<HttpResponse<String>>>of(
                    () -> first.post("/api/v1/consignment/sales", sale), () -> second.post("/api/v1/consignment/sales", sale)));
            List<Integer> statuses = List.of(answers.get(0).get().statusCode(), answers.get(1).get().statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(TestDatabase.string("SELECT CONCAT(quantity_in_stock, '/', quantity_sold) FROM consignment_item WHERE code = ?", code))
                .isEqualTo("0/1");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_sale_line l JOIN consignment_item i ON i.id = l.item_id"
                + " WHERE i.code = ?", code)).isEqualTo(1);
        HttpResponse<String> again = first.post("/api/v1/consignment/sales", sale);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("tidak cukup");
    }

    @Test
    void aQrisSaleIsPaidThroughTheGatewayAndPostedToTheConsignorsLedgerOnce() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Batik Uji");
        String code = stocked(base, seller, "Batik Tulis", 11, 2, 250_000);
        ConsignmentApi cashier = as("kasir@demo.umkm.id");

        JsonObject sale = json(qrisSale(cashier, "{\"tender\":\"QRIS\",\"lines\":[{\"code\":\"" + code + "\",\"quantity\":2}]}", code));
        assertThat(sale.getString("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(sale.getString("qrString")).startsWith("000201").contains(sale.getString("number"));
        assertThat(TestDatabase.string("SELECT CONCAT(quantity_in_stock, '/', quantity_reserved) FROM consignment_item WHERE code = ?",
                code)).isEqualTo("0/2");

        pay(cashier, sale.getString("number"), 500_000);
        long id = sale.getJsonNumber("id").longValue();
        awaitStatus(cashier, id, "PAID");
        assertThat(TestDatabase.string("SELECT CONCAT(quantity_in_stock, '/', quantity_reserved, '/', quantity_sold) FROM consignment_item"
                + " WHERE code = ?", code)).isEqualTo("0/0/2");
        // 20 % of Rp 500.000 is the outlet's; Rp 400.000 is owed to the consignor, unsettled until a statement is approved.
        assertThat(TestDatabase.count("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line WHERE account_code = '2500'"
                + " AND seller_id = ?", seller.id())).isEqualTo(400_000);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'OUTLET_SALE' AND source_reference = ?",
                sale.getString("number"))).isEqualTo(1);
        pay(cashier, sale.getString("number"), 500_000);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'OUTLET_SALE' AND source_reference = ?",
                sale.getString("number"))).as("a repeated notification posts nothing").isEqualTo(1);

        // The office's report: the sale under its consignor, as CSV and xlsx.
        ConsignmentApi staff = as("staf@demo.umkm.id");
        String today = LocalDate.now(WITA).toString();
        String query = "?by=consignor&from=" + today + "&to=" + today;
        HttpResponse<byte[]> csv = staff.bytes("/api/v1/consignment/reports/sales.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"" + seller.name() + "\",2,500000,100000,400000");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                staff.bytes("/api/v1/consignment/reports/sales.xlsx" + query).body()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (seller.name().equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    assertThat(sheet.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(500_000);
                    found = true;
                }
            }
            assertThat(found).as("the consignor's row in the xlsx").isTrue();
        }
        assertThat(staff.get("/api/v1/consignment/reports/sales.csv?by=day&from=" + today + "&to=2020-01-01").statusCode())
                .isEqualTo(400);
        assertThat(cashier.get("/api/v1/consignment/reports/sales.csv" + query).statusCode()).as("staff only").isEqualTo(403);

        HttpResponse<byte[]> receipt = cashier.bytes("/api/v1/consignment/sales/" + id + "/receipt.pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(sale.getString("number")).contains("Rp 500.000")
                    .contains("Batik Tulis").contains("Lunas");
        }
    }

    @Test
    void aSettlementRunOrApprovedTwiceAtOncePaysOnceAndALaterRefundIsAnAdjustmentInTheNextStatement() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Anyaman Uji");
        String code = stocked(base, seller, "Tas Anyaman Rotan", 16, 5, 60_000);
        ConsignmentApi cashier = as("kasir@demo.umkm.id");
        ConsignmentApi staff = as("staf@demo.umkm.id");
        ConsignmentApi otherStaff = as("staf@demo.umkm.id");
        long saleId = json(cashier.post("/api/v1/consignment/sales", "{\"tender\":\"CARD\",\"cardApprovalCode\":\"A1B2C3\","
                + "\"cardLastDigits\":\"4242\",\"lines\":[{\"code\":\"" + code + "\",\"quantity\":2}]}")).getJsonNumber("id").longValue();
        String today = LocalDate.now(WITA).toString();
        String run = "{\"sellerId\":" + seller.id() + ",\"upTo\":\"" + today + "\"}";

        List<HttpResponse<String>> runs = twice(() -> staff.post("/api/v1/consignment/settlements", run),
                () -> otherStaff.post("/api/v1/consignment/settlements", run));
        assertThat(runs).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        JsonObject statement = json(runs.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow());
        assertThat(statement.getInt("unitsSold")).isEqualTo(2);
        assertThat(statement.getJsonNumber("grossRupiah").longValue()).isEqualTo(120_000);
        assertThat(statement.getJsonNumber("commissionRupiah").longValue()).isEqualTo(24_000);
        assertThat(statement.getJsonNumber("netPayableRupiah").longValue()).isEqualTo(96_000);
        long settlement = statement.getJsonNumber("id").longValue();

        List<HttpResponse<String>> approvals = twice(
                () -> staff.post("/api/v1/consignment/settlements/" + settlement + "/approval", "{}"),
                () -> otherStaff.post("/api/v1/consignment/settlements/" + settlement + "/approval", "{}"));
        assertThat(approvals).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(payable(seller)).isEqualTo(96_000);
        assertThat(unsettled(seller)).isZero();

        // The payout batch pays it; a second batch finds nothing more for this seller.
        assertThat(staff.post("/api/v1/staff/payouts", "{}").statusCode()).isEqualTo(201);
        staff.post("/api/v1/staff/payouts", "{}");
        assertThat(TestDatabase.count("SELECT COALESCE(SUM(amount_rupiah), 0) FROM payout_line WHERE seller_id = ?", seller.id()))
                .isEqualTo(96_000);
        assertThat(payable(seller)).isZero();

        // The statement as a PDF, for staff and for its seller only.
        try (PDDocument pdf = Loader.loadPDF(staff.bytes("/api/v1/consignment/settlements/" + settlement + "/statement.pdf").body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(statement.getString("number")).contains("Rp 120.000")
                    .contains("-Rp 24.000").contains("Rp 96.000").contains(seller.name());
        }
        ConsignmentApi owner = as(seller.email());
        assertThat(owner.bytes("/api/v1/consignment/my/settlements/" + settlement + "/statement.pdf").statusCode()).isEqualTo(200);
        assertThat(as(ConsignmentTestData.seller("Toko Penasaran").email())
                .bytes("/api/v1/consignment/my/settlements/" + settlement + "/statement.pdf").statusCode()).isEqualTo(404);

        // The buyer brings the bags back the same day: refunded with a reason, back in stock.
        assertThat(cashier.post("/api/v1/consignment/sales/" + saleId + "/refund", "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        JsonObject refunded = json(cashier.post("/api/v1/consignment/sales/" + saleId + "/refund", "{\"reason\":\"Jahitan lepas\"}"));
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(cashier.post("/api/v1/consignment/sales/" + saleId + "/refund", "{\"reason\":\"Sekali lagi\"}").statusCode())
                .isEqualTo(409);
        assertThat(json(cashier.get("/api/v1/consignment/items/" + code)).getInt("inStock")).isEqualTo(5);

        // One more bag sells; the next statement carries the sale and the refund of the settled sale as an adjustment.
        cashier.post("/api/v1/consignment/sales", "{\"tender\":\"CASH\",\"cashReceivedRupiah\":60000,\"lines\":[{\"code\":\""
                + code + "\",\"quantity\":1}]}");
        JsonObject next = json(staff.post("/api/v1/consignment/settlements", run));
        assertThat(next.getInt("unitsSold")).isEqualTo(1);
        assertThat(next.getInt("unitsRefunded")).isEqualTo(2);
        assertThat(next.getJsonNumber("netSalesRupiah").longValue()).isEqualTo(48_000);
        assertThat(next.getJsonNumber("adjustmentRupiah").longValue()).isEqualTo(-96_000);
        assertThat(next.getJsonNumber("netPayableRupiah").longValue()).isEqualTo(-48_000);
        assertThat(staff.post("/api/v1/consignment/settlements", run).statusCode()).as("nothing left to settle").isEqualTo(409);
        json(staff.post("/api/v1/consignment/settlements/" + next.getJsonNumber("id") + "/approval", "{}"));
        assertThat(payable(seller)).as("the refunded sale was paid out: the seller owes it back from later sales")
                .isEqualTo(-48_000);
        assertThat(unsettled(seller)).isZero();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /**
     * Rings up a QRIS sale, trying again (as the cashier would) when the gateway was too slow: a cold test
     * server may miss the 3 s timeout on its first charge. A failed attempt must have put the units back.
     */
    private static HttpResponse<String> qrisSale(ConsignmentApi cashier, String body, String code) {
        long inStock = TestDatabase.count("SELECT quantity_in_stock FROM consignment_item WHERE code = ?", code);
        HttpResponse<String> answer = cashier.post("/api/v1/consignment/sales", body);
        for (int attempt = 1; attempt < 3 && answer.statusCode() == 409 && answer.body().contains("QRIS"); attempt++) {
            assertThat(TestDatabase.count("SELECT quantity_in_stock FROM consignment_item WHERE code = ?", code)).isEqualTo(inStock);
            answer = cashier.post("/api/v1/consignment/sales", body);
        }
        return answer;
    }

    /** The payer pays at the gateway (simulator) and the gateway notifies the webhook, signed like Midtrans. */
    private static void pay(ConsignmentApi anyone, String reference, long amount) {
        TestDatabase.update("UPDATE simulated_charge SET status = 'settlement', settled_at = UTC_TIMESTAMP(6) WHERE order_id = ?",
                reference);
        String gross = amount + ".00";
        String body = Json.createObjectBuilder().add("transaction_time", "2026-11-23 20:00:00")
                .add("transaction_status", "settlement").add("transaction_id", UUID.nameUUIDFromBytes(reference.getBytes()).toString())
                .add("status_code", "200").add("signature_key", GatewayNotification.sign(reference, "200", gross, "test-server-key"))
                .add("payment_type", "qris").add("order_id", reference).add("gross_amount", gross).add("fraud_status", "accept")
                .add("currency", "IDR").build().toString();
        assertThat(anyone.post("/api/v1/payments/notifications", body).statusCode()).isEqualTo(200);
    }

    private static void awaitStatus(ConsignmentApi cashier, long saleId, String status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String seen = null;
        while (System.nanoTime() < until) {
            seen = json(cashier.get("/api/v1/consignment/sales/" + saleId)).getString("status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Sale " + saleId + " is " + seen + ", not " + status);
    }

    private static int occurrences(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    private ConsignmentApi as(String email) {
        return new ConsignmentApi(base, email);
    }
}
