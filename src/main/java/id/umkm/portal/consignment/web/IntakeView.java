package id.umkm.portal.consignment.web;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.catalog.application.ProductCategoryOption;
import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.IntakeLine;
import id.umkm.portal.consignment.application.Intakes;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** outlet/intake.xhtml: receive a consignor's goods against their agreement and print a label for every unit. */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the form while it is being filled in. */
    public static class LineForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private Short categoryId;
        private Integer quantity = 1;
        private Long unitPrice;
        private LocalDate bestBefore;

        IntakeLine toLine() {
            return new IntakeLine(name, categoryId, quantity, unitPrice, bestBefore);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Short getCategoryId() {
            return categoryId;
        }

        public void setCategoryId(Short categoryId) {
            this.categoryId = categoryId;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public Long getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(Long unitPrice) {
            this.unitPrice = unitPrice;
        }

        public LocalDate getBestBefore() {
            return bestBefore;
        }

        public void setBestBefore(LocalDate bestBefore) {
            this.bestBefore = bestBefore;
        }
    }

    @Inject
    private Agreements agreements;

    @Inject
    private Intakes intakes;

    @Inject
    private ProductCategories categories;

    @Inject
    private CurrentUser currentUser;

    private long outletId;
    private List<Agreements.Agreement> active;
    private List<ProductCategoryOption> categoryOptions;
    private Long agreementId;
    private String note;
    private List<LineForm> lines = new ArrayList<>();
    private Intakes.Intake saved;
    private List<Intakes.Intake> recent;

    @PostConstruct
    void load() {
        outletId = agreements.outlets().get(0).id();
        active = agreements.activeAt(outletId);
        categoryOptions = categories.all();
        recent = intakes.recent(outletId);
        lines.add(new LineForm());
    }

    public void addLine() {
        lines.add(new LineForm());
    }

    public void removeLine(int index) {
        if (lines.size() > 1 && index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public void save() {
        try {
            saved = intakes.receive(currentUser.require().getId(), agreementId == null ? 0 : agreementId, note,
                    lines.stream().map(LineForm::toLine).toList());
            int labels = saved.items().stream().mapToInt(i -> i.received()).sum();
            PageMessages.info("consignment.intake.received", saved.number(), labels);
            lines = new ArrayList<>(List.of(new LineForm()));
            note = null;
            recent = intakes.recent(outletId);
        } catch (RuleViolation refused) {
            PageMessages.show("intake", refused);
        }
    }

    public List<Agreements.Agreement> getActive() {
        return active;
    }

    public List<ProductCategoryOption> getCategoryOptions() {
        return categoryOptions;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public Intakes.Intake getSaved() {
        return saved;
    }

    public List<Intakes.Intake> getRecent() {
        return recent;
    }
}
