package id.umkm.portal.consignment.api;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.ConsignmentReports;
import id.umkm.portal.consignment.application.CounterSales;
import id.umkm.portal.consignment.application.IntakeLine;
import id.umkm.portal.consignment.application.Intakes;
import id.umkm.portal.consignment.application.PayoutSchedule;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.consignment.application.Sale;
import id.umkm.portal.consignment.application.SaleBook;
import id.umkm.portal.consignment.application.SaleRequest;
import id.umkm.portal.consignment.application.Settlements;
import id.umkm.portal.consignment.application.Stock;
import id.umkm.portal.consignment.domain.AgreementTerms;
import id.umkm.portal.consignment.domain.EndAction;
import id.umkm.portal.consignment.infrastructure.ConsignmentPdfs;
import id.umkm.portal.consignment.infrastructure.ReportExports;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.OutletLedger.Tender;
import id.umkm.portal.payment.application.QrisCharge;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Consignment over HTTP: agreements and settlements for staff, intake and the counter for cashiers, the consignor's own. */
@Path("/consignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsignmentResource {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record AgreementForm(Long sellerId, Long outletId, BigDecimal commissionPercent,
            Map<Short, BigDecimal> categoryPercents, Integer consignmentDays, Integer graceDays, EndAction endAction,
            BigDecimal markdownPercent, AgreementTerms.PayoutFrequency payoutFrequency) {
    }

    public record AgreementJson(long id, String number, long sellerId, String sellerName, String outletName,
            BigDecimal commissionPercent, Map<String, BigDecimal> categoryPercents, int consignmentDays, int graceDays,
            String endAction, String payoutFrequency, String status) {

        static AgreementJson of(Agreements.Agreement a) {
            return new AgreementJson(a.id(), a.number(), a.sellerId(), a.sellerName(), a.outletName(), a.commissionPercent(),
                    a.categoryPercents().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)),
                    a.consignmentDays(), a.graceDays(), a.endAction().name(), a.payoutFrequency(), a.status());
        }
    }

    public record IntakeForm(Long agreementId, String note, List<IntakeLine> lines) {
    }

    public record ItemJson(long id, String code, String name, String sellerName, long unitPriceRupiah, int inStock,
            LocalDate bestBefore, String ageFlag) {

        static ItemJson of(Item i) {
            return new ItemJson(i.id(), i.code(), i.name(), i.sellerName(), i.unitPrice().rupiah(), i.inStock(), i.bestBefore(),
                    i.ageFlag().name());
        }
    }

    public record IntakeJson(long id, String number, long agreementId, List<ItemJson> items) {
    }

    public record SaleForm(Long outletId, Tender tender, List<SaleRequest.Line> lines, Long cashReceivedRupiah,
            String cardApprovalCode, String cardLastDigits) {
    }

    public record SaleLineJson(String code, String name, long sellerId, int quantity, long grossRupiah, long commissionRupiah,
            long netRupiah) {
    }

    public record SaleJson(long id, String number, String tender, String status, long totalRupiah, long changeRupiah,
            String qrString, Instant payBy, List<SaleLineJson> lines) {

        static SaleJson of(Sale s, QrisCharge charge) {
            return new SaleJson(s.id(), s.number(), s.tender().name(), s.status(), s.total().rupiah(), s.change().rupiah(),
                    charge == null ? null : charge.qrString(), charge == null ? null : charge.expiresAt(),
                    s.lines().stream().map(l -> new SaleLineJson(l.code(), l.name(), l.sellerId(), l.quantity(),
                            l.gross().rupiah(), l.commission().rupiah(), l.net().rupiah())).toList());
        }
    }

    public record AgeingJson(LocalDate day, boolean ran, int flagged, int expired, int markedDown) {
    }

    public record RefundForm(String reason) {
    }

    public record SettlementForm(Long sellerId, LocalDate upTo) {
    }

    public record SettlementJson(long id, String number, long sellerId, Long agreementId, LocalDate periodFrom, LocalDate periodTo,
            String status, int unitsSold, long grossRupiah, long commissionRupiah, long netSalesRupiah, int unitsRefunded,
            long adjustmentRupiah, long netPayableRupiah) {

        static SettlementJson of(Settlements.Settlement s) {
            return new SettlementJson(s.id(), s.number(), s.sellerId(), s.agreementId(), s.periodFrom(), s.periodTo(), s.status(),
                    s.totals().unitsSold(),
                    s.totals().gross().rupiah(), s.totals().commission().rupiah(), s.totals().netSales().rupiah(),
                    s.totals().unitsRefunded(), s.totals().adjustment().rupiah(), s.totals().netPayable().rupiah());
        }
    }

    @Inject
    private Agreements agreements;

    @Inject
    private Intakes intakes;

    @Inject
    private CounterSales counter;

    @Inject
    private SaleBook book;

    @Inject
    private Settlements settlements;

    @Inject
    private PayoutSchedule schedule;

    @Inject
    private Stock stock;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ConsignmentReports reports;

    @Inject
    private ProductCategories categories;

    // --- staff ---------------------------------------------------------------------------------------

    @POST
    @Path("/agreements")
    @RolesAllowed("DKUMKMP_STAFF")
    public Response offer(AgreementForm form) {
        if (form == null || form.sellerId() == null) {
            throw new RuleViolation("sellerId", "consignment.agreement.seller.notVerified");
        }
        AgreementTerms terms = new AgreementTerms(form.commissionPercent(), form.categoryPercents(),
                form.consignmentDays() == null ? 0 : form.consignmentDays(), form.graceDays() == null ? -1 : form.graceDays(),
                form.endAction(), form.markdownPercent(), form.payoutFrequency());
        long outletId = form.outletId() != null ? form.outletId() : agreements.outlets().get(0).id();
        Agreements.Agreement agreement = agreements.offer(me().getId(), form.sellerId(), outletId, terms);
        return Response.status(Response.Status.CREATED).entity(AgreementJson.of(agreement)).build();
    }

    @POST
    @Path("/agreements/{id}/end")
    @RolesAllowed("DKUMKMP_STAFF")
    public AgreementJson end(@PathParam("id") long id) {
        return AgreementJson.of(agreements.end(id));
    }

    @POST
    @Path("/settlements")
    @RolesAllowed("DKUMKMP_STAFF")
    public Response drawUp(SettlementForm form) {
        if (form == null || form.sellerId() == null) {
            throw new RuleViolation("sellerId", "consignment.settlement.noAgreement");
        }
        Settlements.Settlement s = settlements.drawUp(me().getId(), form.sellerId(), form.upTo());
        return Response.status(Response.Status.CREATED).entity(SettlementJson.of(s)).build();
    }

    /** The payout schedule's statements due now: the job draws them on its own; a period is drawn once either way. */
    @POST
    @Path("/settlements/scheduled")
    @RolesAllowed("DKUMKMP_STAFF")
    public List<SettlementJson> drawScheduled() {
        return schedule.drawDue().stream().map(SettlementJson::of).toList();
    }

    /** Today's ageing of the goods now, unless it ran today already (the job runs it once a day on its own). */
    @POST
    @Path("/ageing")
    @RolesAllowed("DKUMKMP_STAFF")
    public AgeingJson age() {
        LocalDate today = stock.today();
        return stock.ageOnce(today).map(run -> new AgeingJson(today, true, run.flagged(), run.expired(), run.markedDown()))
                .orElseGet(() -> new AgeingJson(today, false, 0, 0, 0));
    }

    @POST
    @Path("/settlements/{id}/approval")
    @RolesAllowed("DKUMKMP_STAFF")
    public SettlementJson approve(@PathParam("id") long id) {
        return SettlementJson.of(settlements.approve(me().getId(), id));
    }

    @GET
    @Path("/settlements/{id}/statement.pdf")
    @RolesAllowed("DKUMKMP_STAFF")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response statement(@PathParam("id") long id) {
        Settlements.Settlement s = settlements.find(id).orElseThrow(NotFoundException::new);
        return file(ConsignmentPdfs.statement(s, me().getPreferredLocale()), "pernyataan-" + s.number() + ".pdf");
    }

    /** Paid sales over a period grouped by=day|product|consignor|category, as csv or xlsx. */
    @GET
    @Path("/reports/sales.{format}")
    @RolesAllowed("DKUMKMP_STAFF")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    public Response salesReport(@PathParam("format") String format, @QueryParam("by") String by, @QueryParam("from") String fromDay,
            @QueryParam("to") String toDay) {
        LocalDate from = day(fromDay);
        LocalDate to = day(toDay);
        ConsignmentReports.By grouping;
        try {
            grouping = ConsignmentReports.By.valueOf(by == null ? "DAY" : by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("by", "consignment.report.by.invalid");
        }
        Locale locale = me().getPreferredLocale();
        List<ConsignmentReports.Row> rows = reports.sales(grouping, from, to);
        Function<String, String> label = labels(grouping, locale);
        String name = "penjualan-gerai-" + grouping.name().toLowerCase(Locale.ROOT) + "-" + from + "-" + to + "." + format;
        return switch (format) {
            case "csv" -> download(ReportExports.csv(rows, label, locale), "text/csv; charset=UTF-8", name);
            case "xlsx" -> download(ReportExports.xlsx(rows, label, from + " – " + to, locale), XLSX, name);
            default -> throw new NotFoundException();
        };
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation("from", "consignment.report.period.invalid", 366);
        }
    }

    private Function<String, String> labels(ConsignmentReports.By grouping, Locale locale) {
        if (grouping != ConsignmentReports.By.CATEGORY) {
            return Function.identity();
        }
        Map<String, String> names = categories.all().stream()
                .collect(Collectors.toMap(c -> String.valueOf(c.id()), c -> c.name(locale)));
        return id -> names.getOrDefault(id, id);
    }

    // --- the consignor ------------------------------------------------------------------------------

    @GET
    @Path("/my/agreements")
    @RolesAllowed("SELLER")
    public List<AgreementJson> myAgreements() {
        return agreements.ofSeller(mySeller().id()).stream().map(AgreementJson::of).toList();
    }

    @POST
    @Path("/my/agreements/{id}/acceptance")
    @RolesAllowed("SELLER")
    public AgreementJson accept(@PathParam("id") long id) {
        return AgreementJson.of(agreements.accept(mySeller().id(), id));
    }

    @GET
    @Path("/my/settlements/{id}/statement.pdf")
    @RolesAllowed("SELLER")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response myStatement(@PathParam("id") long id) {
        Settlements.Settlement s = settlements.findOfSeller(mySeller().id(), id).orElseThrow(NotFoundException::new);
        return file(ConsignmentPdfs.statement(s, me().getPreferredLocale()), "pernyataan-" + s.number() + ".pdf");
    }

    @GET
    @Path("/my/intakes/{id}/note.pdf")
    @RolesAllowed("SELLER")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response myIntake(@PathParam("id") long id) {
        Intakes.Intake intake = intakes.findOfSeller(mySeller().id(), id).orElseThrow(NotFoundException::new);
        return file(ConsignmentPdfs.intakeWithLabels(intake, me().getPreferredLocale()), "tanda-terima-" + intake.number() + ".pdf");
    }

    // --- the cashier --------------------------------------------------------------------------------

    @POST
    @Path("/intakes")
    @RolesAllowed("OUTLET_CASHIER")
    public Response receive(IntakeForm form) {
        if (form == null || form.agreementId() == null) {
            throw new RuleViolation("agreementId", "consignment.intake.agreement.notActive");
        }
        Intakes.Intake intake = intakes.receive(me().getId(), form.agreementId(), form.note(), form.lines());
        return Response.status(Response.Status.CREATED).entity(new IntakeJson(intake.id(), intake.number(), intake.agreementId(),
                intake.items().stream().map(ItemJson::of).toList())).build();
    }

    @GET
    @Path("/intakes/{id}/labels.pdf")
    @RolesAllowed("OUTLET_CASHIER")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response labels(@PathParam("id") long id) {
        Intakes.Intake intake = intakes.find(id).orElseThrow(NotFoundException::new);
        return file(ConsignmentPdfs.intakeWithLabels(intake, me().getPreferredLocale()), "label-" + intake.number() + ".pdf");
    }

    @GET
    @Path("/items/{code}")
    @RolesAllowed("OUTLET_CASHIER")
    public ItemJson item(@PathParam("code") String code) {
        return intakes.item(code).map(ItemJson::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/sales")
    @RolesAllowed("OUTLET_CASHIER")
    public Response sell(SaleForm form) {
        if (form == null) {
            throw new RuleViolation("lines", "consignment.sale.lines.required");
        }
        long outletId = form.outletId() != null ? form.outletId() : agreements.outlets().get(0).id();
        CounterSales.Rung rung = counter.sell(me().getId(), new SaleRequest(outletId, form.tender(), form.lines(),
                form.cashReceivedRupiah(), form.cardApprovalCode(), form.cardLastDigits()));
        return Response.status(Response.Status.CREATED).entity(SaleJson.of(rung.sale(), rung.charge())).build();
    }

    @GET
    @Path("/sales/{id}")
    @RolesAllowed("OUTLET_CASHIER")
    public SaleJson sale(@PathParam("id") long id) {
        Sale sale = book.find(id).orElseThrow(NotFoundException::new);
        return SaleJson.of(sale, sale.isAwaitingPayment() ? counter.charge(sale).orElse(null) : null);
    }

    @GET
    @Path("/sales/{id}/receipt.pdf")
    @RolesAllowed("OUTLET_CASHIER")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response receipt(@PathParam("id") long id) {
        Sale sale = book.find(id).orElseThrow(NotFoundException::new);
        return file(ConsignmentPdfs.receipt(sale, me().getPreferredLocale()), "struk-" + sale.number() + ".pdf");
    }

    @POST
    @Path("/sales/{id}/refund")
    @RolesAllowed("OUTLET_CASHIER")
    public SaleJson refund(@PathParam("id") long id, RefundForm form) {
        return SaleJson.of(book.refund(id, me().getId(), form == null ? null : form.reason()), null);
    }

    private Account me() {
        return currentUser.require();
    }

    private SellerSummary mySeller() {
        return sellers.forAccount(me().getId()).orElseThrow(NotFoundException::new);
    }

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static Response file(byte[] content, String name) {
        return Response.ok(content, PDF).header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
