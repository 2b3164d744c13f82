package id.umkm.portal.consignment.application;

import id.umkm.portal.notification.application.Notice;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.seller.application.SellerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the consignor (bell and mail, once per occasion) of an offer, an intake note and an approved statement. */
@ApplicationScoped
public class ConsignorNotices {

    private static final String LINK = "/seller/consignment.xhtml";

    @Inject
    private Notifications notifications;

    @Inject
    private SellerDirectory sellers;

    void offered(Agreements.Agreement agreement) {
        tell(agreement.sellerId(), "consignment:agreement:" + agreement.id(), "offered", agreement.number(),
                agreement.outletName());
    }

    void received(Intakes.Intake intake) {
        tell(intake.sellerId(), "consignment:intake:" + intake.id(), "received", intake.number(), intake.outletName(),
                intake.items().stream().mapToInt(Item::received).sum());
    }

    void approved(Settlements.Settlement settlement) {
        tell(settlement.sellerId(), "consignment:settlement:" + settlement.id(), "approved", settlement.number(),
                settlement.totals().netPayable().format());
    }

    private void tell(long sellerId, String occasion, String what, Object... args) {
        sellers.find(sellerId).ifPresent(seller -> notifications.tell(new Notice(seller.accountId(), occasion,
                "consignment.notice." + what + ".title", "consignment.notice." + what + ".body", LINK, args)));
    }
}
