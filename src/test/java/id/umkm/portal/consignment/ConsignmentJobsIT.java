package id.umkm.portal.consignment;

import static id.umkm.portal.consignment.ConsignmentApi.WITA;
import static id.umkm.portal.consignment.ConsignmentApi.json;
import static id.umkm.portal.consignment.ConsignmentApi.payable;
import static id.umkm.portal.consignment.ConsignmentApi.stocked;
import static id.umkm.portal.consignment.ConsignmentApi.twice;
import static id.umkm.portal.consignment.ConsignmentApi.unsettled;
import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.consignment.domain.AgreementTerms.PayoutFrequency;
import id.umkm.portal.consignment.domain.PayoutPeriod;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consignment jobs act once however often they are set off: the payout schedule draws one statement per
 * agreement and period, the daily ageing claims its day. Each is set off twice at the same moment through
 * the staff's API, while the portal's own job (every 2 s here) runs too, as a second instance would.
 */
class ConsignmentJobsIT extends PortalIT {

    private static final String STAFF = "staf@demo.umkm.id";

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void theScheduleDrawsLastWeeksStatementOnceAndARefundOfASettledSaleIsAnAdjustmentPostedOnce() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Sarung Uji");
        String code = stocked(base, seller, "Sarung Tenun Samarinda", 11, 5, 60_000);
        long agreement = TestDatabase.count("SELECT agreement_id FROM consignment_item WHERE code = ?", code);
        ConsignmentApi cashier = new ConsignmentApi(base, "kasir@demo.umkm.id");
        ConsignmentApi staff = new ConsignmentApi(base, STAFF);
        ConsignmentApi otherStaff = new ConsignmentApi(base, STAFF);

        // Two bags sell and are settled by hand and approved (Rp 96.000 after 20 %); then one more sells and
        // the first two come back: the refund of a settled sale is owed back through the next statement.
        long settledSale = sell(cashier, "{\"tender\":\"CARD\",\"cardApprovalCode\":\"A1B2C3\",\"cardLastDigits\":\"4242\","
                + "\"lines\":[{\"code\":\"" + code + "\",\"quantity\":2}]}");
        JsonObject first = json(staff.post("/api/v1/consignment/settlements", "{\"sellerId\":" + seller.id() + ",\"upTo\":\""
                + LocalDate.now(WITA) + "\"}"));
        json(staff.post("/api/v1/consignment/settlements/" + first.getJsonNumber("id") + "/approval", "{}"));
        assertThat(payable(seller)).isEqualTo(96_000);
        long laterSale = sell(cashier, "{\"tender\":\"CASH\",\"cashReceivedRupiah\":60000,\"lines\":[{\"code\":\"" + code
                + "\",\"quantity\":1}]}");
        json(cashier.post("/api/v1/consignment/sales/" + settledSale + "/refund", "{\"reason\":\"Jahitan lepas\"}"));

        // All of it happened last week, under an agreement in force since before: the schedule's statement is due.
        PayoutPeriod week = PayoutPeriod.lastEnded(PayoutFrequency.WEEKLY, LocalDate.now(WITA));
        LocalDateTime inWeek = LocalDateTime.ofInstant(week.start(), ZoneOffset.UTC).plusDays(2);
        TestDatabase.update("UPDATE consignment_sale SET created_at = ?, paid_at = ?, refunded_at = IF(refunded_at IS NULL, NULL, ?)"
                + " WHERE id IN (?, ?)", inWeek, inWeek, inWeek.plusHours(3), settledSale, laterSale);
        TestDatabase.update("UPDATE consignment_agreement SET created_at = ?, accepted_at = ? WHERE id = ?",
                inWeek.minusDays(20), inWeek.minusDays(19), agreement);

        List<HttpResponse<String>> runs = twice(() -> staff.post("/api/v1/consignment/settlements/scheduled", "{}"),
                () -> otherStaff.post("/api/v1/consignment/settlements/scheduled", "{}"));
        long drawnByTheseCalls = runs.stream().map(ConsignmentJobsIT::array).flatMap(a -> a.getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getJsonNumber("agreementId") != null && s.getJsonNumber("agreementId").longValue() == agreement).count();
        assertThat(drawnByTheseCalls).as("drawn by one call, or by the job before them").isLessThanOrEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_settlement WHERE agreement_id = ?", agreement)).isEqualTo(1);
        assertThat(TestDatabase.string("SELECT CONCAT(period_from, '/', period_to, '/', units_sold, '/', net_sales_rupiah, '/',"
                + " units_refunded, '/', adjustment_rupiah, '/', net_payable_rupiah, '/', status) FROM consignment_settlement"
                + " WHERE agreement_id = ?", agreement))
                .isEqualTo(week.from() + "/" + week.to() + "/1/48000/2/-96000/-48000/DRAFT");
        assertThat(TestDatabase.string("SELECT outcome FROM consignment_payout_run WHERE agreement_id = ? AND period_end = ?",
                agreement, week.to())).isEqualTo("DRAWN");
        long statement = TestDatabase.count("SELECT id FROM consignment_settlement WHERE agreement_id = ?", agreement);

        List<HttpResponse<String>> approvals = twice(
                () -> staff.post("/api/v1/consignment/settlements/" + statement + "/approval", "{}"),
                () -> otherStaff.post("/api/v1/consignment/settlements/" + statement + "/approval", "{}"));
        assertThat(approvals).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(payable(seller)).as("Rp 96.000 paid for the bags, Rp 96.000 owed back, Rp 48.000 for the later bag")
                .isEqualTo(48_000);
        assertThat(unsettled(seller)).isZero();

        // Neither the refund nor the schedule posts anything twice.
        assertThat(cashier.post("/api/v1/consignment/sales/" + settledSale + "/refund", "{\"reason\":\"Sekali lagi\"}").statusCode())
                .isEqualTo(409);
        array(staff.post("/api/v1/consignment/settlements/scheduled", "{}"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'OUTLET_REFUND' AND source_reference = ?",
                String.format("RF-%06d", settledSale))).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'SETTLEMENT' AND source_reference = ?",
                String.format("ST-%06d", statement))).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_settlement WHERE agreement_id = ?", agreement)).isEqualTo(1);
    }

    @Test
    void salesTheLedgerDoesNotKnowAreSetAsideForStaffOnceNotRetriedEveryRun() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Tanpa Jurnal Uji");
        String code = stocked(base, seller, "Tikar Rotan", 16, 4, 45_000);
        long agreement = TestDatabase.count("SELECT agreement_id FROM consignment_item WHERE code = ?", code);
        PayoutPeriod week = PayoutPeriod.lastEnded(PayoutFrequency.WEEKLY, LocalDate.now(WITA));
        LocalDateTime inWeek = LocalDateTime.ofInstant(week.start(), ZoneOffset.UTC).plusDays(1);
        // A sale written around the counter, as imported or test data may be: sold, but never posted to the ledger.
        TestDatabase.update("INSERT INTO consignment_sale (outlet_id, cashier_id, tender, status, total_rupiah, created_at, paid_at)"
                + " SELECT outlet_id, created_by, 'CASH', 'PAID', 45000, ?, ? FROM consignment_agreement WHERE id = ?",
                inWeek, inWeek, agreement);
        TestDatabase.update("INSERT INTO consignment_sale_line (sale_id, item_id, seller_id, quantity, unit_price_rupiah, gross_rupiah,"
                + " commission_percent, commission_rupiah, net_rupiah) SELECT MAX(s.id), i.id, i.seller_id, 1, 45000, 45000, 20, 9000,"
                + " 36000 FROM consignment_sale s, consignment_item i WHERE i.code = ? GROUP BY i.id, i.seller_id", code);
        TestDatabase.update("UPDATE consignment_agreement SET created_at = ?, accepted_at = ? WHERE id = ?",
                inWeek.minusDays(20), inWeek.minusDays(19), agreement);

        twice(() -> new ConsignmentApi(base, STAFF).post("/api/v1/consignment/settlements/scheduled", "{}"),
                () -> new ConsignmentApi(base, STAFF).post("/api/v1/consignment/settlements/scheduled", "{}"));
        String ranAt = TestDatabase.string("SELECT CONCAT(outcome, ' ', ran_at) FROM consignment_payout_run WHERE agreement_id = ?",
                agreement);
        assertThat(ranAt).startsWith("LEDGER_MISMATCH ");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_settlement WHERE seller_id = ?", seller.id())).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_sale_line WHERE seller_id = ? AND settlement_id IS NOT NULL",
                seller.id())).as("nothing claimed").isZero();

        Thread.sleep(4_500); // two more runs of the job (every 2 s here): the period is not looked at again
        assertThat(TestDatabase.string("SELECT CONCAT(outcome, ' ', ran_at) FROM consignment_payout_run WHERE agreement_id = ?",
                agreement)).isEqualTo(ranAt);
    }

    @Test
    void theDailyAgeingClaimsItsDayOnceWhenSetOffTwiceAtOnce() throws Exception {
        ConsignmentTestData.Seller seller = ConsignmentTestData.seller("Kue Uji");
        String code = stocked(base, seller, "Kue Bingka", 8, 3, 20_000);
        LocalDate today = LocalDate.now(WITA);
        TestDatabase.update("UPDATE consignment_item SET best_before = ? WHERE code = ?", today.minusDays(1), code);
        ConsignmentApi staff = new ConsignmentApi(base, STAFF);
        ConsignmentApi otherStaff = new ConsignmentApi(base, STAFF);

        // As on a new day: nobody has aged today yet.
        TestDatabase.update("DELETE FROM consignment_ageing_day WHERE day = ?", today);
        List<HttpResponse<String>> runs = twice(() -> staff.post("/api/v1/consignment/ageing", "{}"),
                () -> otherStaff.post("/api/v1/consignment/ageing", "{}"));

        List<JsonObject> answers = runs.stream().map(ConsignmentApi::json).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.getString("day")).isEqualTo(today.toString()));
        assertThat(answers.stream().filter(a -> a.getBoolean("ran")).count()).as("aged by one call, or by the job before them")
                .isLessThanOrEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM consignment_ageing_day WHERE day = ?", today)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT expired FROM consignment_ageing_day WHERE day = ?", today)).isPositive();
        assertThat(TestDatabase.string("SELECT CONCAT(quantity_in_stock, '/', quantity_expired, '/', age_flag) FROM consignment_item"
                + " WHERE code = ?", code)).isEqualTo("0/3/EXPIRED");
        assertThat(json(staff.post("/api/v1/consignment/ageing", "{}")).getBoolean("ran")).as("the day is taken").isFalse();
    }

    private static long sell(ConsignmentApi cashier, String sale) {
        return json(cashier.post("/api/v1/consignment/sales", sale)).getJsonNumber("id").longValue();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
