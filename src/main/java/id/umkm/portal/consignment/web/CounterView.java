package id.umkm.portal.consignment.web;

import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.CounterSales;
import id.umkm.portal.consignment.application.Intakes;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.consignment.application.References;
import id.umkm.portal.consignment.application.Sale;
import id.umkm.portal.consignment.application.SaleBook;
import id.umkm.portal.consignment.application.SaleRequest;
import id.umkm.portal.consignment.application.Stock;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.OutletLedger.Tender;
import id.umkm.portal.payment.application.QrisCharge;
import id.umkm.portal.shared.document.QrCodes;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * outlet/counter.xhtml: the till. A barcode scanner types a label code and Enter into the focused scan
 * field, which adds the unit to the basket; items can also be found by name. The cashier takes QRIS
 * (the code is shown for the buyer to scan, and the page waits for the gateway), cash or card.
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One basket line as the till shows it. */
    public record BasketLine(String code, String name, String sellerName, Money unitPrice, int quantity, int inStock)
            implements Serializable {

        public Money total() {
            return unitPrice.times(quantity);
        }
    }

    @Inject
    private Intakes intakes;

    @Inject
    private Stock stock;

    @Inject
    private CounterSales counter;

    @Inject
    private SaleBook book;

    @Inject
    private Agreements agreements;

    @Inject
    private CurrentUser currentUser;

    private long outletId;
    private String outletName;
    private String scan;
    private String search;
    private List<Item> found = List.of();
    private final List<BasketLine> basket = new ArrayList<>();
    private String tender = Tender.QRIS.name();
    private Long cashReceived;
    private String cardApprovalCode;
    private String cardLastDigits;
    private Long saleId;
    private Sale sale;
    private String qrDataUrl;
    private final Map<Long, String> refundReasons = new HashMap<>();
    private List<Sale> recent = List.of();

    @PostConstruct
    void load() {
        Agreements.Outlet outlet = agreements.outlets().get(0);
        outletId = outlet.id();
        outletName = outlet.name();
        recent = book.recent(outletId);
    }

    /** The scan field's Enter: one unit of the scanned label into the basket. */
    public void add() {
        String code = scan == null ? "" : scan.strip().toUpperCase(Locale.ROOT);
        scan = null;
        if (code.isEmpty()) {
            return;
        }
        Item item = intakes.item(code).filter(i -> i.outletId() == outletId).orElse(null);
        if (item == null) {
            PageMessages.error("consignment.sale.unknownCode", code);
            return;
        }
        addOne(item);
    }

    public void addFound(String code) {
        intakes.item(code).filter(i -> i.outletId() == outletId).ifPresent(this::addOne);
    }

    private void addOne(Item item) {
        for (int i = 0; i < basket.size(); i++) {
            BasketLine line = basket.get(i);
            if (line.code().equals(item.code())) {
                basket.set(i, new BasketLine(line.code(), line.name(), line.sellerName(), item.unitPrice(), line.quantity() + 1,
                        item.inStock()));
                warnIfShort(basket.get(i));
                return;
            }
        }
        BasketLine line = new BasketLine(item.code(), item.name(), item.sellerName(), item.unitPrice(), 1, item.inStock());
        basket.add(line);
        warnIfShort(line);
    }

    private static void warnIfShort(BasketLine line) {
        if (line.quantity() > line.inStock()) {
            PageMessages.error("consignment.sale.outOfStock", line.name(), line.code());
        }
    }

    public void less(String code) {
        for (int i = 0; i < basket.size(); i++) {
            BasketLine line = basket.get(i);
            if (line.code().equals(code)) {
                if (line.quantity() <= 1) {
                    basket.remove(i);
                } else {
                    basket.set(i, new BasketLine(line.code(), line.name(), line.sellerName(), line.unitPrice(),
                            line.quantity() - 1, line.inStock()));
                }
                return;
            }
        }
    }

    public void find() {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        found = words.length() < 2 ? List.of() : stock.atOutlet(outletId).stream()
                .filter(i -> i.inStock() > 0 && (i.name().toLowerCase(Locale.ROOT).contains(words)
                        || i.sellerName().toLowerCase(Locale.ROOT).contains(words)))
                .limit(12).toList();
    }

    public void pay() {
        try {
            CounterSales.Rung rung = counter.sell(currentUser.require().getId(), new SaleRequest(outletId, Tender.valueOf(tender),
                    basket.stream().map(l -> new SaleRequest.Line(l.code(), l.quantity())).toList(), cashReceived,
                    cardApprovalCode, cardLastDigits));
            sale = rung.sale();
            saleId = sale.id();
            QrisCharge charge = rung.charge();
            qrDataUrl = charge == null ? null : QrCodes.pngDataUrl(charge.qrString(), 320);
            if (sale.isPaid()) {
                paid();
            }
        } catch (RuleViolation refused) {
            PageMessages.show("counter", refused);
        }
    }

    /** The poll while the buyer pays by QRIS. */
    public void refresh() {
        if (saleId == null) {
            return;
        }
        sale = book.find(saleId).orElse(null);
        if (sale != null && sale.isPaid()) {
            paid();
        } else if (sale != null && !sale.isAwaitingPayment()) {
            PageMessages.error("consignment.sale.cancelled", sale.number());
            qrDataUrl = null;
        }
    }

    private void paid() {
        PageMessages.info("consignment.sale.paid", sale.number(), sale.total().format());
        basket.clear();
        qrDataUrl = null;
        cashReceived = null;
        cardApprovalCode = null;
        cardLastDigits = null;
        recent = book.recent(outletId);
    }

    public void cancelSale() {
        if (saleId != null && counter.cancel(saleId)) {
            PageMessages.info("consignment.sale.cancelled", References.sale(saleId));
        }
        sale = book.find(saleId).orElse(null);
        qrDataUrl = null;
    }

    /** Starts over for the next buyer. */
    public void next() {
        saleId = null;
        sale = null;
        qrDataUrl = null;
    }

    public void refund(long id) {
        try {
            Sale refunded = book.refund(id, currentUser.require().getId(), refundReasons.get(id));
            PageMessages.info("consignment.refund.done", refunded.number());
            refundReasons.remove(id);
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        recent = book.recent(outletId);
    }

    public Money getTotal() {
        return basket.stream().map(BasketLine::total).reduce(Money.ZERO, Money::plus);
    }

    public boolean isWaitingForQris() {
        return sale != null && sale.isAwaitingPayment() && qrDataUrl != null;
    }

    public String getOutletName() {
        return outletName;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Item> getFound() {
        return found;
    }

    public List<BasketLine> getBasket() {
        return basket;
    }

    public String getTender() {
        return tender;
    }

    public void setTender(String tender) {
        this.tender = tender;
    }

    public Long getCashReceived() {
        return cashReceived;
    }

    public void setCashReceived(Long cashReceived) {
        this.cashReceived = cashReceived;
    }

    public String getCardApprovalCode() {
        return cardApprovalCode;
    }

    public void setCardApprovalCode(String cardApprovalCode) {
        this.cardApprovalCode = cardApprovalCode;
    }

    public String getCardLastDigits() {
        return cardLastDigits;
    }

    public void setCardLastDigits(String cardLastDigits) {
        this.cardLastDigits = cardLastDigits;
    }

    public Sale getSale() {
        return sale;
    }

    public String getQrDataUrl() {
        return qrDataUrl;
    }

    public Map<Long, String> getRefundReasons() {
        return refundReasons;
    }

    public List<Sale> getRecent() {
        return recent;
    }
}
