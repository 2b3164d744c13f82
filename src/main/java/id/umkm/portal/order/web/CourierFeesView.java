package id.umkm.portal.order.web;

import id.umkm.portal.order.application.CourierFees;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /staff/courier-fees.xhtml: the courier tariff, one card per seller's kecamatan, saved together. */
@Named
@ViewScoped
public class CourierFeesView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Origin(short id, String name, List<CourierFees.Fee> fees) implements Serializable {
    }

    @Inject
    private CourierFees courierFees;

    private List<Origin> origins;
    /** By "from-to": Numbers, as the inputs submit them (a map value has no declared type to convert to). */
    private final Map<String, Number> fees = new HashMap<>();

    @PostConstruct
    void load() {
        Map<Short, List<CourierFees.Fee>> byOrigin = new LinkedHashMap<>();
        fees.clear();
        for (CourierFees.Fee fee : courierFees.table()) {
            byOrigin.computeIfAbsent(fee.fromKecamatanId(), k -> new ArrayList<>()).add(fee);
            fees.put(key(fee.fromKecamatanId(), fee.toKecamatanId()), fee.fee().rupiah());
        }
        origins = byOrigin.values().stream().map(list -> new Origin(list.get(0).fromKecamatanId(), list.get(0).fromName(),
                List.copyOf(list))).toList();
    }

    /** Writes the changed fees; a bad one stops the save with its pair named, and nothing is written. */
    public void save() {
        List<CourierFees.Fee> changed = new ArrayList<>();
        for (Origin origin : origins) {
            for (CourierFees.Fee fee : origin.fees()) {
                Number wanted = fees.get(key(fee.fromKecamatanId(), fee.toKecamatanId()));
                if (wanted == null) {
                    PageMessages.error("order.courier.feeMissing", fee.fromName(), fee.toName());
                    return;
                }
                if (wanted.longValue() != fee.fee().rupiah()) {
                    changed.add(new CourierFees.Fee(fee.fromKecamatanId(), fee.fromName(), fee.toKecamatanId(), fee.toName(),
                            Money.rupiah(wanted.longValue())));
                }
            }
        }
        try {
            courierFees.changeAll(changed);
            PageMessages.info("order.courier.saved", changed.size());
            load();
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
    }

    public static String key(short from, short to) {
        return from + "-" + to;
    }

    public List<Origin> getOrigins() {
        return origins;
    }

    public Map<String, Number> getFees() {
        return fees;
    }
}
