package id.umkm.portal.payment.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.Ledger;
import id.umkm.portal.payment.application.Payouts;
import id.umkm.portal.payment.application.SellerStatement;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** seller/balance.xhtml: what the portal owes the signed-in seller, how it came about, and the payouts made. */
@Named
@RequestScoped
public class SellerBalanceView {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Ledger ledger;

    @Inject
    private SellerStatement statement;

    @Inject
    private Payouts payouts;

    private Optional<SellerSummary> seller;
    private Money balance = Money.ZERO;
    private List<SellerStatement.Entry> entries = List.of();
    private List<Payouts.SellerPayout> paidOut = List.of();

    @PostConstruct
    void load() {
        seller = sellers.forAccount(currentUser.require().getId());
        seller.ifPresent(s -> {
            balance = ledger.payableBalance(s.id());
            entries = statement.entries(s.id());
            paidOut = payouts.ofSeller(s.id());
        });
    }

    public boolean isSeller() {
        return seller.isPresent();
    }

    public String getBalance() {
        return balance.format();
    }

    public String getMinimum() {
        return payouts.minimum().format();
    }

    public List<SellerStatement.Entry> getEntries() {
        return entries;
    }

    public List<Payouts.SellerPayout> getPayouts() {
        return paidOut;
    }

    public String format(Money money) {
        return money.format();
    }

    public String signed(Money money) {
        return (money.rupiah() > 0 ? "+" : "") + money.format();
    }
}
