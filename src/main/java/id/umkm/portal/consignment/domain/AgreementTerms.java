package id.umkm.portal.consignment.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import java.math.BigDecimal;
import java.util.Map;

/** What staff offer a consignor; the constructor refuses terms the outlet cannot work with. */
public record AgreementTerms(BigDecimal commissionPercent, Map<Short, BigDecimal> categoryPercents, int consignmentDays,
        int graceDays, EndAction endAction, BigDecimal markdownPercent, PayoutFrequency payoutFrequency) {

    public enum PayoutFrequency {
        WEEKLY, MONTHLY
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AgreementTerms {
        categoryPercents = categoryPercents == null ? Map.of() : Map.copyOf(categoryPercents);
        if (commissionPercent == null || !percent(commissionPercent)) {
            throw new RuleViolation("commissionPercent", "consignment.agreement.commission.invalid");
        }
        if (categoryPercents.values().stream().anyMatch(p -> p == null || !percent(p))) {
            throw new RuleViolation("categoryPercents", "consignment.agreement.commission.invalid");
        }
        if (consignmentDays < 1 || consignmentDays > 365) {
            throw new RuleViolation("consignmentDays", "consignment.agreement.days.invalid");
        }
        if (graceDays < 0 || graceDays > 90) {
            throw new RuleViolation("graceDays", "consignment.agreement.grace.invalid");
        }
        if (endAction == null) {
            throw new RuleViolation("endAction", "consignment.agreement.endAction.required");
        }
        if (endAction == EndAction.MARKDOWN
                && (markdownPercent == null || markdownPercent.signum() <= 0 || markdownPercent.compareTo(HUNDRED) >= 0)) {
            throw new RuleViolation("markdownPercent", "consignment.agreement.markdown.invalid");
        }
        if (endAction == EndAction.RETURN) {
            markdownPercent = null;
        }
        if (payoutFrequency == null) {
            throw new RuleViolation("payoutFrequency", "consignment.agreement.frequency.required");
        }
    }

    private static boolean percent(BigDecimal p) {
        return p.signum() >= 0 && p.compareTo(HUNDRED) < 0 && p.scale() <= 2;
    }

    public CommissionTerms commission() {
        return new CommissionTerms(commissionPercent, categoryPercents);
    }
}
