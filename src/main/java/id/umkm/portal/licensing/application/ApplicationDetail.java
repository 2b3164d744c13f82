package id.umkm.portal.licensing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one application its applicant or an officer may see.
 *
 * @param slaUsedSeconds office time used so far; the clock stands still while clockPaused
 */
public record ApplicationDetail(ApplicationSummary summary, String nibCheck, String businessAddress, String kbli,
        String riskLevel, long feeRupiah, int serviceDays, long slaUsedSeconds, String decisionReason,
        String permitNumber, String verificationCode, Instant issuedAt, LocalDate validUntil, boolean renewable,
        Long renewalOfId, List<DocumentLine> documents, List<TimelineLine> timeline) implements Serializable {

    public long id() {
        return summary.id();
    }

    public String status() {
        return summary.status();
    }
}
