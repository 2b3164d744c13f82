package id.umkm.portal.consignment.web;

import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.consignment.application.References;
import id.umkm.portal.consignment.application.Stock;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** outlet/stock.xhtml: the goods at the outlet with their age, returns to their owners, and write-offs. */
@Named
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Stock stock;

    @Inject
    private Agreements agreements;

    @Inject
    private CurrentUser currentUser;

    private long outletId;
    private List<Item> items;
    private final Map<Long, Integer> quantities = new HashMap<>();

    @PostConstruct
    void load() {
        outletId = agreements.outlets().get(0).id();
        items = stock.atOutlet(outletId);
    }

    /** Expired units go back as expired; others as unsold (or asked back by their owner). */
    public void giveBack(Item item) {
        int quantity = quantities.getOrDefault(item.id(), 0);
        Stock.ReturnReason reason = item.expired() > 0 ? Stock.ReturnReason.EXPIRED : Stock.ReturnReason.UNSOLD;
        try {
            long note = stock.returnToOwner(currentUser.require().getId(), item.sellerId(), outletId,
                    List.of(new Stock.ReturnLine(item.id(), quantity, reason)));
            PageMessages.info("consignment.return.done", References.returnNote(note));
            quantities.remove(item.id());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        items = stock.atOutlet(outletId);
    }

    public void writeOff(Item item) {
        try {
            stock.writeOff(item.id(), quantities.getOrDefault(item.id(), 0), false);
            PageMessages.info("consignment.writeOff.done");
            quantities.remove(item.id());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        items = stock.atOutlet(outletId);
    }

    public List<Item> getItems() {
        return items;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }
}
