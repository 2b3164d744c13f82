package id.umkm.portal.licensing.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.licensing.domain.DocumentRequirement;
import id.umkm.portal.licensing.domain.FileFormat;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The permits the office issues; admins edit them. */
@ApplicationScoped
@Transactional
public class PermitCatalogue {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** An admin's description of a permit type and its documents. */
    public record TypeForm(
            @NotBlank(message = "{licensing.type.code}") @Pattern(regexp = "[A-Z0-9-]{2,30}", message = "{licensing.type.code}") String code,
            @NotBlank(message = "{licensing.type.name}") @Size(max = 150, message = "{licensing.type.name}") String nameId,
            @NotBlank(message = "{licensing.type.name}") @Size(max = 150, message = "{licensing.type.name}") String nameEn,
            String descriptionId,
            @PositiveOrZero(message = "{licensing.type.fee}") long feeRupiah,
            @Min(value = 1, message = "{licensing.type.serviceDays}") @Max(value = 365, message = "{licensing.type.serviceDays}") int serviceDays,
            @Min(value = 1, message = "{licensing.type.validity}") Integer validityMonths,
            boolean renewable,
            @PositiveOrZero(message = "{licensing.type.renewalWindow}") int renewalWindowDays,
            @NotEmpty(message = "{licensing.type.riskRequired}") Set<PermitType.Risk> risks,
            boolean active,
            @NotEmpty(message = "{licensing.type.documentsRequired}") List<@Valid DocumentForm> documents) {
    }

    public record DocumentForm(
            @NotBlank(message = "{licensing.type.documentCode}") @Pattern(regexp = "[A-Z0-9-]{2,30}", message = "{licensing.type.documentCode}") String code,
            @NotBlank(message = "{licensing.type.name}") String nameId,
            @NotBlank(message = "{licensing.type.name}") String nameEn,
            boolean mandatory,
            @NotEmpty(message = "{licensing.type.formats}") Set<FileFormat> formats,
            @Min(value = 1, message = "{licensing.type.maxKb}") @Max(value = 10240, message = "{licensing.type.maxKb}") int maxKb) {
    }

    public List<PermitType> active() {
        return em.createQuery("SELECT t FROM PermitType t WHERE t.active = TRUE ORDER BY t.code", PermitType.class)
                .getResultList();
    }

    public List<PermitType> all() {
        return em.createQuery("SELECT t FROM PermitType t ORDER BY t.code", PermitType.class).getResultList();
    }

    public Optional<PermitType> byCode(String code) {
        return em.createQuery("SELECT t FROM PermitType t WHERE t.code = :c", PermitType.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /**
     * Creates or updates the type with form.code. Documents are matched by code: existing ones
     * keep their id (uploads refer to it), new ones are added; a document already used by an
     * application cannot be removed, only made optional.
     */
    public PermitType save(long adminId, String adminName, @NotNull @Valid TypeForm form) {
        Set<String> codes = new HashSet<>();
        for (DocumentForm d : form.documents()) {
            if (!codes.add(d.code())) {
                throw new RuleViolation("documents", "licensing.type.documentTwice", d.code());
            }
        }
        PermitType type = byCode(form.code()).orElseGet(() -> {
            PermitType created = new PermitType(form.code());
            em.persist(created);
            return created;
        });
        type.describe(form.nameId(), form.nameEn(), form.descriptionId(), form.feeRupiah(), form.serviceDays(),
                form.validityMonths(), form.renewable(), form.renewalWindowDays(), EnumSet.copyOf(form.risks()),
                form.active());
        refuseRemovingUploaded(type, codes);
        type.getDocuments().removeIf(existing -> !codes.contains(existing.getCode()));
        int position = 1;
        for (DocumentForm d : form.documents()) {
            DocumentRequirement replacement = new DocumentRequirement(d.code(), d.nameId(), d.nameEn(), d.mandatory(),
                    EnumSet.copyOf(d.formats()), d.maxKb(), position++);
            Optional<DocumentRequirement> existing = type.document(d.code());
            if (existing.isPresent()) {
                existing.get().update(replacement);
            } else {
                type.getDocuments().add(replacement);
            }
        }
        em.flush();
        audit.record(adminId, adminName, "PERMIT_TYPE_SAVED", "permit_type", type.getId(), type.getCode());
        return type;
    }

    /** A document an applicant has uploaded for stays (uploads refer to it); it can only be made optional. */
    private void refuseRemovingUploaded(PermitType type, Set<String> keptCodes) {
        List<Long> dropped = type.getDocuments().stream().filter(d -> !keptCodes.contains(d.getCode()))
                .map(DocumentRequirement::getId).toList();
        if (!dropped.isEmpty() && em.createQuery("SELECT COUNT(d) FROM ApplicationDocument d WHERE d.requirementId IN :ids",
                Long.class).setParameter("ids", dropped).getSingleResult() > 0) {
            throw RuleViolation.conflict("documents", "licensing.type.documentInUse");
        }
    }
}
