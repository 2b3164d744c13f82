package id.umkm.portal.licensing.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.PermitCatalogue;
import id.umkm.portal.licensing.application.PermitCatalogue.DocumentForm;
import id.umkm.portal.licensing.application.PermitCatalogue.TypeForm;
import id.umkm.portal.licensing.domain.DocumentRequirement;
import id.umkm.portal.licensing.domain.FileFormat;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** admin/permit-types.xhtml: the permit catalogue the office issues from, with each permit's documents. */
@Named
@ViewScoped
public class PermitTypesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "type";

    @Inject
    private PermitCatalogue catalogue;

    @Inject
    private CurrentUser currentUser;

    private List<PermitType> types;
    private boolean editing;
    private boolean existing;
    private String code;
    private String nameId;
    private String nameEn;
    private String descriptionId;
    private long feeRupiah;
    private int serviceDays = 14;
    private Integer validityMonths;
    private boolean renewable;
    private int renewalWindowDays;
    private List<String> risks = new ArrayList<>();
    private boolean active = true;
    private List<DocumentRow> documents = new ArrayList<>();

    /** One editable line of the documents table. */
    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameId;
        private String nameEn;
        private boolean mandatory = true;
        private List<String> formats = new ArrayList<>(List.of("PDF"));
        private int maxKb = 2048;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameId() { return nameId; }
        public void setNameId(String nameId) { this.nameId = nameId; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public boolean isMandatory() { return mandatory; }
        public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
        public List<String> getFormats() { return formats; }
        public void setFormats(List<String> formats) { this.formats = formats; }
        public int getMaxKb() { return maxKb; }
        public void setMaxKb(int maxKb) { this.maxKb = maxKb; }
    }

    @PostConstruct
    void load() {
        types = catalogue.all();
    }

    public void create() {
        edit(null);
    }

    public void edit(PermitType t) {
        editing = true;
        existing = t != null;
        code = t == null ? null : t.getCode();
        nameId = t == null ? null : t.getNameId();
        nameEn = t == null ? null : t.getNameEn();
        descriptionId = t == null ? null : t.getDescriptionId();
        feeRupiah = t == null ? 0 : t.getFeeRupiah();
        serviceDays = t == null ? 14 : t.getServiceDays();
        validityMonths = t == null ? null : t.getValidityMonths();
        renewable = t != null && t.isRenewable();
        renewalWindowDays = t == null ? 30 : t.getRenewalWindowDays();
        risks = t == null ? new ArrayList<>() : new ArrayList<>(t.risks().stream().map(Enum::name).toList());
        active = t == null || t.isActive();
        documents = new ArrayList<>();
        if (t != null) {
            for (DocumentRequirement d : t.getDocuments()) {
                DocumentRow row = new DocumentRow();
                row.code = d.getCode();
                row.nameId = d.getNameId();
                row.nameEn = d.getNameEn();
                row.mandatory = d.isMandatory();
                row.formats = new ArrayList<>(d.formats().stream().map(Enum::name).toList());
                row.maxKb = d.getMaxKb();
                documents.add(row);
            }
        } else {
            addDocument();
        }
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void removeDocument(DocumentRow row) {
        documents.remove(row);
    }

    public void save() {
        Account admin = currentUser.require();
        List<DocumentForm> docs = documents.stream().map(d -> new DocumentForm(d.code, d.nameId, d.nameEn, d.mandatory,
                d.formats.isEmpty() ? EnumSet.noneOf(FileFormat.class)
                        : EnumSet.copyOf(d.formats.stream().map(FileFormat::valueOf).toList()), d.maxKb)).toList();
        try {
            catalogue.save(admin.getId(), admin.getFullName(), new TypeForm(code, nameId, nameEn, descriptionId,
                    feeRupiah, serviceDays, validityMonths, renewable, renewalWindowDays,
                    risks.isEmpty() ? EnumSet.noneOf(PermitType.Risk.class)
                            : EnumSet.copyOf(risks.stream().map(PermitType.Risk::valueOf).toList()),
                    active, docs));
            PageMessages.info("admin.types.saved", code);
            editing = false;
            load();
        } catch (RuleViolation violation) {
            PageMessages.show(FORM, violation);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConstraintViolationException invalid) {
            showInvalid(invalid);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** A document's fields repeat per row, so their messages go above the list, saying which document. */
    private static void showInvalid(ConstraintViolationException invalid) {
        Matcher row = Pattern.compile("documents\\[(\\d+)]").matcher("");
        Set<ConstraintViolation<?>> ofTheType = new LinkedHashSet<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            if (row.reset(violation.getPropertyPath().toString()).find()) {
                PageMessages.errorAt(FORM + ":documents", "admin.types.documentProblem", Integer.parseInt(row.group(1)) + 1,
                        Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), Texts.messageKey(violation)));
            } else {
                ofTheType.add(violation);
            }
        }
        PageMessages.show(FORM, new ConstraintViolationException(ofTheType));
    }

    public void cancel() {
        editing = false;
    }

    public List<String> getAllRisks() { return List.of("R", "MR", "MT", "T"); }
    public List<String> getAllFormats() { return List.of("PDF", "JPEG", "PNG"); }
    public List<PermitType> getTypes() { return types; }
    public boolean isEditing() { return editing; }
    public boolean isExisting() { return existing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameId() { return nameId; }
    public void setNameId(String nameId) { this.nameId = nameId; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionId() { return descriptionId; }
    public void setDescriptionId(String descriptionId) { this.descriptionId = descriptionId; }
    public long getFeeRupiah() { return feeRupiah; }
    public void setFeeRupiah(long feeRupiah) { this.feeRupiah = feeRupiah; }
    public int getServiceDays() { return serviceDays; }
    public void setServiceDays(int serviceDays) { this.serviceDays = serviceDays; }
    public Integer getValidityMonths() { return validityMonths; }
    public void setValidityMonths(Integer validityMonths) { this.validityMonths = validityMonths; }
    public boolean isRenewable() { return renewable; }
    public void setRenewable(boolean renewable) { this.renewable = renewable; }
    public int getRenewalWindowDays() { return renewalWindowDays; }
    public void setRenewalWindowDays(int renewalWindowDays) { this.renewalWindowDays = renewalWindowDays; }
    public List<String> getRisks() { return risks; }
    public void setRisks(List<String> risks) { this.risks = risks; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<DocumentRow> getDocuments() { return documents; }
}
