package id.umkm.portal.licensing.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A permit the office issues: its documents, fee, service level, validity and which risk levels need it. */
@Entity
@Table(name = "permit_type")
public class PermitType implements Serializable {

    public enum Risk { R, MR, MT, T }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code")
    private String code;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_id")
    private String descriptionId;

    @Column(name = "fee_rupiah")
    private long feeRupiah;

    @Column(name = "service_days")
    private int serviceDays;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "renewable")
    private boolean renewable;

    @Column(name = "renewal_window_days")
    private int renewalWindowDays;

    @Column(name = "risk_levels")
    private String riskLevels;

    @Column(name = "active")
    private boolean active;

    @Version
    @Column(name = "version")
    private int version;

    // nullable = false makes EclipseLink write the type's id in each document's INSERT; without it a
    // new document was inserted with a null permit_type_id (then updated), which the NOT NULL column refuses.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "permit_type_id", nullable = false)
    @OrderBy("position")
    private List<DocumentRequirement> documents = new ArrayList<>();

    protected PermitType() {
    }

    public PermitType(String code) {
        this.code = code;
        this.active = true;
    }

    /** The admin's edit of the terms; the code stays. */
    public void describe(String nameId, String nameEn, String descriptionId, long feeRupiah, int serviceDays,
            Integer validityMonths, boolean renewable, int renewalWindowDays, Set<Risk> risks, boolean active) {
        if (risks.isEmpty()) {
            throw new RuleViolation("riskLevels", "licensing.type.riskRequired");
        }
        if (renewable && validityMonths == null) {
            throw new RuleViolation("renewable", "licensing.type.renewableNeedsValidity");
        }
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.descriptionId = descriptionId;
        this.feeRupiah = feeRupiah;
        this.serviceDays = serviceDays;
        this.validityMonths = validityMonths;
        this.renewable = renewable;
        this.renewalWindowDays = renewalWindowDays;
        this.riskLevels = risks.stream().sorted().map(Risk::name).collect(Collectors.joining(","));
        this.active = active;
    }

    public Duration serviceLevel() {
        return Duration.ofDays(serviceDays);
    }

    public Set<Risk> risks() {
        EnumSet<Risk> set = EnumSet.noneOf(Risk.class);
        Arrays.stream(riskLevels.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Risk::valueOf).forEach(set::add);
        return set;
    }

    public boolean neededFor(String risk) {
        return risk != null && risks().stream().anyMatch(r -> r.name().equals(risk));
    }

    public Optional<DocumentRequirement> document(String documentCode) {
        return documents.stream().filter(d -> d.getCode().equals(documentCode)).findFirst();
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameId() { return nameId; }
    public String getNameEn() { return nameEn; }
    public String getDescriptionId() { return descriptionId; }
    public long getFeeRupiah() { return feeRupiah; }
    public int getServiceDays() { return serviceDays; }
    public Integer getValidityMonths() { return validityMonths; }
    public boolean isRenewable() { return renewable; }
    public int getRenewalWindowDays() { return renewalWindowDays; }
    public String getRiskLevels() { return riskLevels; }
    public boolean isActive() { return active; }
    public List<DocumentRequirement> getDocuments() { return documents; }
}
