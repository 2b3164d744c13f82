package id.umkm.portal.training.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.ProgrammeRevisions;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeDetails;
import id.umkm.portal.training.domain.SeatPlan;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "change details" dialog of staff/trainings/programme.xhtml: everything staff may revise
 * after a programme was defined, sent with the version it was read at.
 */
@Named
@ViewScoped
public class ProgrammeDetailsDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "details";
    private static final Set<String> FIELDS_SHOWN = Set.of("title", "topic", "capacity", "totalBudget", "reservedSeats",
            "opensAt", "closesAt");

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private ProgrammeRevisions revisions;

    @Inject
    private Attendance attendance;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private long programmeId;
    private int version;
    private Instant opensAtRead;
    private Instant closesAtRead;
    private String title;
    private String topic;
    private String partner;
    private String description;
    private String venue;
    private String onlineLink;
    private int capacity;
    private long budgetPerParticipant;
    private long totalBudget;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private List<String> eligibleScales = new ArrayList<>();
    private List<Short> eligibleKecamatanIds = new ArrayList<>();
    private List<Short> eligibleCategoryIds = new ArrayList<>();
    private final Map<Short, Integer> quotaSeats = new HashMap<>();
    private List<SessionRow> sessions = new ArrayList<>();

    /** One session's editable times and place. */
    public static class SessionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private long id;
        private String title;
        private Instant startsRead;
        private Instant endsRead;
        private LocalDateTime starts;
        private LocalDateTime ends;
        private String venue;
        private String onlineLink;

        public long getId() { return id; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDateTime getStarts() { return starts; }
        public void setStarts(LocalDateTime starts) { this.starts = starts; }
        public LocalDateTime getEnds() { return ends; }
        public void setEnds(LocalDateTime ends) { this.ends = ends; }
        public String getVenue() { return venue; }
        public void setVenue(String venue) { this.venue = venue; }
        public String getOnlineLink() { return onlineLink; }
        public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    }

    /** Fills the dialog with the programme as it is now. */
    public void open(long id) {
        Programme p = programmes.find(id).orElseThrow(() -> new RuleViolation(null, "training.unknownProgramme"));
        programmeId = id;
        version = p.getVersion();
        title = p.getTitle();
        topic = p.getTopic();
        partner = p.getPartner();
        description = p.getDescription();
        venue = p.getVenue();
        onlineLink = p.getOnlineLink();
        capacity = p.getCapacity();
        budgetPerParticipant = p.getBudgetPerParticipant().rupiah();
        totalBudget = p.getTotalBudget().rupiah();
        opensAtRead = p.getOpensAt();
        closesAtRead = p.getClosesAt();
        opensAt = local(opensAtRead);
        closesAt = local(closesAtRead);
        eligibleScales = new ArrayList<>(p.getEligibleScales());
        eligibleKecamatanIds = new ArrayList<>(p.getEligibleKecamatanIds());
        eligibleCategoryIds = new ArrayList<>(p.getEligibleCategoryIds());
        quotaSeats.clear();
        quotaSeats.putAll(p.getReservedSeats());
        sessions = new ArrayList<>();
        for (TrainingSession s : attendance.sessions(id)) {
            SessionRow row = new SessionRow();
            row.id = s.getId();
            row.title = s.getTitle();
            row.startsRead = s.getStartsAt();
            row.endsRead = s.getEndsAt();
            row.starts = local(row.startsRead);
            row.ends = local(row.endsRead);
            row.venue = s.getVenue();
            row.onlineLink = s.getOnlineLink();
            sessions.add(row);
        }
    }

    /** Reloads the page afterwards: the heading, seat count and roster may all have changed. */
    public String save() {
        Account staff = currentUser.require();
        try {
            revisions.revise(programmeId, details(), staff.getId(), staff.getEmail());
            PageMessages.info("staff.programme.revised");
            return "/staff/trainings/programme?faces-redirect=true&id=" + programmeId;
        } catch (RuleViolation violation) {
            show(violation);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    /** Beside the input to blame where the dialog has one; a session's fields repeat, so above the sessions. */
    private static void show(RuleViolation violation) {
        String field = violation.field();
        if (field != null && field.startsWith("session")) {
            PageMessages.errorAt(FORM + ":sessions", violation.messageKey(), violation.args());
        } else {
            PageMessages.show(field != null && FIELDS_SHOWN.contains(field) ? FORM : null, violation);
        }
    }

    private ProgrammeDetails details() {
        SeatPlan seats = new SeatPlan(capacity, Money.rupiah(budgetPerParticipant), Money.rupiah(totalBudget),
                SeatPlan.held(quotaSeats));
        List<ProgrammeDetails.Session> sessionChanges = sessions.stream().map(s -> new ProgrammeDetails.Session(s.id,
                s.title, instant(s.starts, s.startsRead), instant(s.ends, s.endsRead), s.venue, s.onlineLink)).toList();
        return new ProgrammeDetails(title, topic, partner, description, venue, onlineLink, seats,
                instant(opensAt, opensAtRead), instant(closesAt, closesAtRead), eligibleScales, eligibleKecamatanIds,
                eligibleCategoryIds, sessionChanges, version);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, CityTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The pickers show minutes: a time left as shown keeps its exact stored value, so it does not count as moved. */
    private static Instant instant(LocalDateTime shown, Instant read) {
        if (shown == null) {
            return null;
        }
        return shown.equals(local(read)) ? read : shown.atZone(CityTime.ZONE).toInstant();
    }

    public List<String> getTopics() { return StaffTrainingsView.TOPICS; }
    public List<String> getScales() { return StaffTrainingsView.SCALES; }
    public List<ReferenceData.Place> getKecamatan() { return reference.kecamatan(); }

    public List<ReferenceData.Category> getCategories() {
        return reference.categories(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public long getBudgetPerParticipant() { return budgetPerParticipant; }
    public void setBudgetPerParticipant(long budgetPerParticipant) { this.budgetPerParticipant = budgetPerParticipant; }
    public long getTotalBudget() { return totalBudget; }
    public void setTotalBudget(long totalBudget) { this.totalBudget = totalBudget; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public List<String> getEligibleScales() { return eligibleScales; }
    public void setEligibleScales(List<String> eligibleScales) { this.eligibleScales = eligibleScales; }
    public List<Short> getEligibleKecamatanIds() { return eligibleKecamatanIds; }
    public void setEligibleKecamatanIds(List<Short> eligibleKecamatanIds) { this.eligibleKecamatanIds = eligibleKecamatanIds; }
    public List<Short> getEligibleCategoryIds() { return eligibleCategoryIds; }
    public void setEligibleCategoryIds(List<Short> eligibleCategoryIds) { this.eligibleCategoryIds = eligibleCategoryIds; }
    public Map<Short, Integer> getQuotaSeats() { return quotaSeats; }
    public List<SessionRow> getSessions() { return sessions; }
}
