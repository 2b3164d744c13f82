package id.umkm.portal.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an application's timeline (the audit trail both sides see). */
@Entity
@Table(name = "permit_application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "at")
    private Instant at;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name")
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus toStatus;

    @Column(name = "note")
    private String note;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(long applicationId, Instant at, Long actorAccountId, String actorName,
            ApplicationStatus fromStatus, ApplicationStatus toStatus, String note) {
        this.applicationId = applicationId;
        this.at = at;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActorName() { return actorName; }
    public ApplicationStatus getFromStatus() { return fromStatus; }
    public ApplicationStatus getToStatus() { return toStatus; }
    public String getNote() { return note; }
}
