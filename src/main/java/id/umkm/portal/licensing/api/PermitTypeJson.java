package id.umkm.portal.licensing.api;

import id.umkm.portal.licensing.domain.PermitType;
import java.util.List;

public record PermitTypeJson(String code, String nameId, String nameEn, String description, long feeRupiah,
        int serviceDays, Integer validityMonths, boolean renewable, List<String> riskLevels, boolean active,
        List<Document> documents) {

    public record Document(String code, String nameId, String nameEn, boolean mandatory, List<String> formats, int maxKb) {
    }

    static PermitTypeJson of(PermitType t) {
        return new PermitTypeJson(t.getCode(), t.getNameId(), t.getNameEn(), t.getDescriptionId(), t.getFeeRupiah(),
                t.getServiceDays(), t.getValidityMonths(), t.isRenewable(),
                t.risks().stream().map(Enum::name).toList(), t.isActive(),
                t.getDocuments().stream().map(d -> new Document(d.getCode(), d.getNameId(), d.getNameEn(), d.isMandatory(),
                        d.formats().stream().map(Enum::name).toList(), d.getMaxKb())).toList());
    }
}
