package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A completion certificate. What it certifies is fixed at issue; the code on it (and in its QR)
 * lets anyone check it on the public verification page.
 */
@Entity
@Table(name = "training_certificate")
public class Certificate implements Serializable {

    /** No 0/O, 1/I: the code is also typed in by hand. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "enrollment_id")
    private long enrollmentId;

    @Column(name = "code")
    private String code;

    @Column(name = "participant_name")
    private String participantName;

    @Column(name = "business_name")
    private String businessName;

    @Column(name = "programme_title")
    private String programmeTitle;

    @Column(name = "hours")
    private int hours;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected Certificate() {
    }

    public static Certificate issue(long enrollmentId, String participantName, String businessName, String programmeTitle,
            int hours, LocalDate firstDay, LocalDate lastDay, Instant now) {
        Certificate c = new Certificate();
        c.enrollmentId = enrollmentId;
        c.code = newCode();
        c.participantName = participantName;
        c.businessName = businessName;
        c.programmeTitle = programmeTitle;
        c.hours = hours;
        c.firstDay = firstDay;
        c.lastDay = lastDay;
        c.issuedAt = now;
        return c;
    }

    /** Twelve random characters in three groups, e.g. 7KQM-2XHP-R9TD (60 bits). */
    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as people type it: any case, with or without dashes and spaces. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return plain.length() != 12 ? plain
                : plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }

    /** Withdraws a certificate issued in error; it then verifies as revoked. */
    public void revoke(String reason, Instant now) {
        if (revokedAt != null) {
            throw RuleViolation.conflict("certificate", "training.certificate.alreadyRevoked");
        }
        revokedAt = now;
        revokeReason = reason;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getCode() {
        return code;
    }

    public String getParticipantName() {
        return participantName;
    }

    public String getBusinessName() {
        return businessName;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
