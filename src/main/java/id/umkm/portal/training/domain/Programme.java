package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A training programme: seats, budget, registration window, who may apply and how seats are given. */
@Entity
@Table(name = "training_programme")
public class Programme implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title")
    private String title;

    @Column(name = "topic")
    private String topic;

    @Column(name = "partner")
    private String partner;

    @Column(name = "description")
    private String description;

    @Column(name = "venue")
    private String venue;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "capacity")
    private int capacity;

    @Column(name = "budget_per_participant_rupiah")
    private long budgetPerParticipant;

    @Column(name = "total_budget_rupiah")
    private long totalBudget;

    @Column(name = "registration_opens_at")
    private Instant opensAt;

    @Column(name = "registration_closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_mode")
    private AllocationMode mode;

    @Column(name = "eligible_scales")
    private String eligibleScales;

    @Column(name = "eligible_kecamatan_ids")
    private String eligibleKecamatanIds;

    @Column(name = "eligible_category_ids")
    private String eligibleCategoryIds;

    @Column(name = "weight_never_trained")
    private int weightNeverTrained;

    @Column(name = "weight_micro_scale")
    private int weightMicroScale;

    @Column(name = "weight_not_selling_online")
    private int weightNotSellingOnline;

    @Column(name = "weight_women_led")
    private int weightWomenLed;

    @Column(name = "weight_underserved_kecamatan")
    private int weightUnderservedKecamatan;

    @Column(name = "min_attendance_percent")
    private int minAttendancePercent;

    @Column(name = "hours")
    private int hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ProgrammeStatus status;

    @Column(name = "seats_taken")
    private int seatsTaken;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_quota", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "kecamatan_id")
    @Column(name = "seats")
    private Map<Short, Integer> reservedSeats = new HashMap<>();

    @Version
    @Column(name = "version")
    private int version;

    protected Programme() {
    }

    /**
     * A programme as staff define it. Capacity may not exceed what the budget pays for, and reserved
     * seats must fit in the capacity.
     */
    public static Programme define(ProgrammeTerms terms, long staffAccountId, Instant now) {
        if (terms.title() == null || terms.title().isBlank()) {
            throw new RuleViolation("title", "training.title.required");
        }
        if (terms.opensAt() == null || terms.closesAt() == null) {
            throw new RuleViolation("closesAt", "training.window.required");
        }
        new SeatPlan(terms.capacity(), terms.budgetPerParticipant(), terms.totalBudget(), terms.reservedSeats());
        if (!terms.closesAt().isAfter(terms.opensAt())) {
            throw new RuleViolation("closesAt", "training.windowInvalid");
        }
        Programme p = new Programme();
        p.title = terms.title().strip();
        p.topic = terms.topic();
        p.partner = terms.partner();
        p.description = terms.description();
        p.venue = terms.venue();
        p.onlineLink = terms.onlineLink();
        p.capacity = terms.capacity();
        p.budgetPerParticipant = terms.budgetPerParticipant().rupiah();
        p.totalBudget = terms.totalBudget().rupiah();
        p.opensAt = terms.opensAt();
        p.closesAt = terms.closesAt();
        p.mode = terms.mode();
        p.eligibleScales = joinedText(terms.eligibleScales());
        p.eligibleKecamatanIds = joined(terms.eligibleKecamatanIds());
        p.eligibleCategoryIds = joined(terms.eligibleCategoryIds());
        PriorityWeights w = terms.weights();
        p.weightNeverTrained = w.of(PriorityCriterion.NEVER_TRAINED);
        p.weightMicroScale = w.of(PriorityCriterion.MICRO_SCALE);
        p.weightNotSellingOnline = w.of(PriorityCriterion.NOT_SELLING_ONLINE);
        p.weightWomenLed = w.of(PriorityCriterion.WOMEN_LED);
        p.weightUnderservedKecamatan = w.of(PriorityCriterion.UNDERSERVED_KECAMATAN);
        p.minAttendancePercent = terms.minAttendancePercent();
        p.hours = terms.hours();
        p.reservedSeats.putAll(terms.reservedSeats());
        p.status = ProgrammeStatus.DRAFT;
        p.createdBy = staffAccountId;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    public void open(Instant now) {
        if (status != ProgrammeStatus.DRAFT) {
            throw RuleViolation.conflict("status", "training.notDraft");
        }
        status = ProgrammeStatus.OPEN;
        updatedAt = now;
    }

    public boolean acceptsApplicationsAt(Instant now) {
        return status == ProgrammeStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /**
     * Ends the programme once its last session is over; who completed it is decided by the
     * attendance rule at this moment.
     */
    public void finish(Instant lastSessionEnds, Instant now) {
        if (status != ProgrammeStatus.OPEN && status != ProgrammeStatus.ALLOCATED) {
            throw RuleViolation.conflict("status", "training.finish.notRunning");
        }
        if (lastSessionEnds == null || lastSessionEnds.isAfter(now)) {
            throw RuleViolation.conflict("status", "training.finish.tooEarly");
        }
        status = ProgrammeStatus.FINISHED;
        finishedAt = now;
        updatedAt = now;
    }

    /**
     * Changes the details of a programme that has not finished. The registration window may move
     * only while applications are still taken (priority seats are given at its close); the seats may
     * not shrink below those already taken, overall or of a kecamatan's quota (quotaSeatsTaken).
     * The quota rows also count their taken seats, so the caller writes the new quotas to them.
     */
    public ProgrammeRevision revise(ProgrammeDetails details, Map<Short, Integer> quotaSeatsTaken, Instant now) {
        if (status == ProgrammeStatus.FINISHED || status == ProgrammeStatus.CANCELLED) {
            throw RuleViolation.conflict("status", "training.revise.notRunning");
        }
        if (details.version() != version) {
            throw RuleViolation.conflict("version", "training.revise.stale");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "training.title.required");
        }
        if (details.topic() == null || details.topic().isBlank()) {
            throw new RuleViolation("topic", "training.topic.required");
        }
        checkWindow(details.opensAt(), details.closesAt(), now);
        SeatPlan seats = details.seats();
        seats.keeps(seatsTaken, quotaSeatsTaken);
        ProgrammeRevision revision = new ProgrammeRevision();
        title = revision.note("title", title, details.title().strip());
        topic = revision.note("topic", topic, details.topic());
        partner = revision.note("partner", partner, blankToNull(details.partner()));
        description = revision.noteQuietly("description", description, blankToNull(details.description()));
        String newVenue = blankToNull(details.venue());
        String newLink = blankToNull(details.onlineLink());
        if (!Objects.equals(newVenue, venue) || !Objects.equals(newLink, onlineLink)) {
            revision.placeChanged();
        }
        venue = revision.note("venue", venue, newVenue);
        onlineLink = revision.note("onlineLink", onlineLink, newLink);
        if (seats.grows(capacity) || !seats.reservedSeats().equals(reservedSeats)) {
            revision.seatsMayBeFree();
        }
        capacity = revision.note("capacity", capacity, seats.capacity());
        budgetPerParticipant = revision.note("budgetPerParticipant", budgetPerParticipant, seats.budgetPerParticipant().rupiah());
        totalBudget = revision.note("totalBudget", totalBudget, seats.totalBudget().rupiah());
        revision.note("reservedSeats", new TreeMap<>(reservedSeats), new TreeMap<>(seats.reservedSeats()));
        opensAt = revision.note("opensAt", opensAt, details.opensAt());
        closesAt = revision.note("closesAt", closesAt, details.closesAt());
        eligibleScales = revision.note("eligibleScales", eligibleScales, joinedText(details.eligibleScales()));
        eligibleKecamatanIds = revision.note("eligibleKecamatanIds", eligibleKecamatanIds, joined(details.eligibleKecamatanIds()));
        eligibleCategoryIds = revision.note("eligibleCategoryIds", eligibleCategoryIds, joined(details.eligibleCategoryIds()));
        updatedAt = now;
        return revision;
    }

    private void checkWindow(Instant newOpensAt, Instant newClosesAt, Instant now) {
        if (newOpensAt == null || newClosesAt == null) {
            throw new RuleViolation("closesAt", "training.window.required");
        }
        boolean opensMoved = !newOpensAt.equals(opensAt);
        boolean closesMoved = !newClosesAt.equals(closesAt);
        if (!opensMoved && !closesMoved) {
            return;
        }
        if (status != ProgrammeStatus.DRAFT && status != ProgrammeStatus.OPEN) {
            throw RuleViolation.conflict("closesAt", "training.revise.windowFixed");
        }
        boolean taking = status == ProgrammeStatus.OPEN;
        if (opensMoved && taking && !opensAt.isAfter(now)) {
            throw new RuleViolation("opensAt", "training.revise.opensAt");
        }
        if (!newClosesAt.isAfter(newOpensAt) || (taking && closesMoved && !newClosesAt.isAfter(now))) {
            throw new RuleViolation("closesAt", "training.revise.closesAt");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Calls the programme off before it has finished; the reason is shown to everyone enrolled. */
    public void cancel(String reason, Instant now) {
        if (status == ProgrammeStatus.FINISHED || status == ProgrammeStatus.CANCELLED) {
            throw RuleViolation.conflict("status", "training.cancel.notRunning");
        }
        status = ProgrammeStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
        updatedAt = now;
    }

    /** Why this seller may not apply, as a message key; empty when they may. */
    public Optional<String> ineligibility(String sellerScale, Short kecamatanId, Short categoryId) {
        if (eligibleScales != null && (sellerScale == null || !split(eligibleScales).contains(sellerScale))) {
            return Optional.of("training.ineligible.scale");
        }
        if (eligibleKecamatanIds != null && (kecamatanId == null || !split(eligibleKecamatanIds).contains(kecamatanId.toString()))) {
            return Optional.of("training.ineligible.kecamatan");
        }
        if (eligibleCategoryIds != null && (categoryId == null || !split(eligibleCategoryIds).contains(categoryId.toString()))) {
            return Optional.of("training.ineligible.category");
        }
        return Optional.empty();
    }

    public PriorityWeights weights() {
        return new PriorityWeights(Map.of(
                PriorityCriterion.NEVER_TRAINED, weightNeverTrained,
                PriorityCriterion.MICRO_SCALE, weightMicroScale,
                PriorityCriterion.NOT_SELLING_ONLINE, weightNotSellingOnline,
                PriorityCriterion.WOMEN_LED, weightWomenLed,
                PriorityCriterion.UNDERSERVED_KECAMATAN, weightUnderservedKecamatan));
    }

    public void markAllocated(int confirmed, Instant now) {
        status = ProgrammeStatus.ALLOCATED;
        seatsTaken = confirmed;
        allocatedAt = now;
        updatedAt = now;
    }

    private static String joinedText(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String joined(List<Short> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public String getPartner() {
        return partner;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Money getBudgetPerParticipant() {
        return Money.rupiah(budgetPerParticipant);
    }

    public Money getTotalBudget() {
        return Money.rupiah(totalBudget);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public AllocationMode getMode() {
        return mode;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getHours() {
        return hours;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    /** Scales that may apply; empty when any may. */
    public List<String> getEligibleScales() {
        return eligibleScales == null ? List.of() : List.of(eligibleScales.split(","));
    }

    public List<Short> getEligibleKecamatanIds() {
        return shorts(eligibleKecamatanIds);
    }

    public List<Short> getEligibleCategoryIds() {
        return shorts(eligibleCategoryIds);
    }

    private static List<Short> shorts(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).map(Short::valueOf).toList();
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getVersion() {
        return version;
    }

    public Map<Short, Integer> getReservedSeats() {
        return Collections.unmodifiableMap(reservedSeats);
    }
}
