package id.umkm.portal.consignment.web;

import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.Intakes;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.consignment.application.SaleBook;
import id.umkm.portal.consignment.application.Settlements;
import id.umkm.portal.consignment.application.Stock;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.OutletLedger;
import id.umkm.portal.payment.application.SellerLedger;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** seller/consignment.xhtml: the consignor's own agreements, goods at the outlet, sales, balance and statements. */
@Named
@RequestScoped
public class ConsignorView {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Agreements agreements;

    @Inject
    private Stock stock;

    @Inject
    private SaleBook book;

    @Inject
    private Settlements settlements;

    @Inject
    private Intakes intakes;

    @Inject
    private OutletLedger outletLedger;

    @Inject
    private SellerLedger sellerLedger;

    private SellerSummary seller;
    private List<Agreements.Agreement> myAgreements = List.of();
    private List<Item> items = List.of();
    private List<SaleBook.ConsignorSale> sales = List.of();
    private List<Settlements.Settlement> statements = List.of();
    private List<Intakes.Intake> notes = List.of();
    private Money unsettled = Money.ZERO;
    private Money payable = Money.ZERO;

    @PostConstruct
    void load() {
        seller = sellers.forAccount(currentUser.require().getId()).orElse(null);
        if (seller == null) {
            return;
        }
        myAgreements = agreements.ofSeller(seller.id());
        items = stock.ofSeller(seller.id());
        sales = book.salesOf(seller.id());
        statements = settlements.ofSeller(seller.id());
        notes = intakes.ofSeller(seller.id());
        unsettled = outletLedger.unsettled(seller.id());
        payable = sellerLedger.payableBalance(seller.id());
    }

    public void accept(long agreementId) {
        try {
            PageMessages.info("consignment.agreement.accepted", agreements.accept(seller.id(), agreementId).number());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public boolean isSeller() {
        return seller != null;
    }

    public List<Agreements.Agreement> getAgreements() {
        return myAgreements;
    }

    public List<Item> getItems() {
        return items;
    }

    public List<SaleBook.ConsignorSale> getSales() {
        return sales;
    }

    public List<Settlements.Settlement> getStatements() {
        return statements;
    }

    public List<Intakes.Intake> getNotes() {
        return notes;
    }

    public Money getUnsettled() {
        return unsettled;
    }

    public Money getPayable() {
        return payable;
    }
}
