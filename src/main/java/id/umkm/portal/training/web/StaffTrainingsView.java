package id.umkm.portal.training.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.RosterLine;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.AllocationMode;
import id.umkm.portal.training.domain.PriorityCriterion;
import id.umkm.portal.training.domain.PriorityWeights;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeTerms;
import id.umkm.portal.training.domain.SeatPlan;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.training.domain.CompletionRule;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** staff/trainings.xhtml: define and open programmes, see who applied, allocate a closed priority programme. */
@Named
@ViewScoped
public class StaffTrainingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> TOPICS = List.of("DIGITAL_MARKETING", "QRIS_EMONEY", "PRODUCT_DEVELOPMENT",
            "PACKAGING", "BOOKKEEPING", "FOOD_SAFETY", "OTHER");
    static final List<String> SCALES = List.of("MICRO", "SMALL", "MEDIUM");

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private List<Programme> all;
    private Long selectedId;
    private List<RosterLine> roster = List.of();

    private String title;
    private String topic = TOPICS.get(0);
    private String partner;
    private String description;
    private String venue;
    private int capacity = 20;
    private long budgetPerParticipant = 250_000;
    private long totalBudget = 5_000_000;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private AllocationMode mode = AllocationMode.PRIORITY;
    private int hours = 8;
    private int minAttendancePercent = CompletionRule.DEFAULT_MIN_PERCENT;
    private List<String> eligibleScales = new ArrayList<>();
    private List<Short> eligibleKecamatanIds = new ArrayList<>();
    private List<Short> eligibleCategoryIds = new ArrayList<>();
    /** Seats held per kecamatan, by kecamatan id; empty or zero means none held. */
    private final Map<Short, Integer> quotaSeats = new HashMap<>();
    private final Map<PriorityCriterion, Integer> weights = new EnumMap<>(PriorityWeights.standard().points());

    @Inject
    private ReferenceData reference;

    @PostConstruct
    void load() {
        all = programmes.all();
        if (selectedId != null) {
            roster = programmes.roster(selectedId);
        }
    }

    public void define() {
        Account staff = currentUser.require();
        try {
            Programme created = programmes.define(new ProgrammeTerms(title, topic, partner, description, venue, null,
                    capacity, Money.rupiah(budgetPerParticipant), Money.rupiah(totalBudget), instant(opensAt),
                    instant(closesAt), mode, orEmpty(eligibleScales), orEmpty(eligibleKecamatanIds), orEmpty(eligibleCategoryIds), SeatPlan.held(quotaSeats),
                    new PriorityWeights(weights), minAttendancePercent, hours),
                    staff.getId(), staff.getEmail());
            selectedId = created.getId();
            PageMessages.info("training.defined");
        } catch (RuleViolation violation) {
            PageMessages.show("programme", violation);
        }
        load();
    }

    public void open(long programmeId) {
        Account staff = currentUser.require();
        try {
            programmes.open(programmeId, staff.getId(), staff.getEmail());
            PageMessages.info("training.opened");
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
        load();
    }

    public void allocate(long programmeId) {
        if (allocation.allocate(programmeId, clock.instant()).isEmpty()) {
            PageMessages.error("training.notDueForAllocation");
        } else {
            PageMessages.info("training.allocated");
        }
        selectedId = programmeId;
        load();
    }

    public void select(long programmeId) {
        selectedId = programmeId;
        load();
    }

    public boolean canAllocate(Programme p) {
        return p.getMode() == AllocationMode.PRIORITY && p.getStatus().name().equals("OPEN")
                && !p.getClosesAt().isAfter(clock.instant());
    }

    private static <T> List<T> orEmpty(List<T> chosen) {
        return chosen == null ? List.of() : chosen;
    }

    public List<ReferenceData.Place> getKecamatan() {
        return reference.kecamatan();
    }

    public List<ReferenceData.Category> getCategories() {
        return reference.categories(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<String> getScales() {
        return SCALES;
    }

    public Map<Short, Integer> getQuotaSeats() {
        return quotaSeats;
    }

    public List<String> getEligibleScales() {
        return eligibleScales;
    }

    public void setEligibleScales(List<String> eligibleScales) {
        this.eligibleScales = eligibleScales;
    }

    public List<Short> getEligibleKecamatanIds() {
        return eligibleKecamatanIds;
    }

    public void setEligibleKecamatanIds(List<Short> eligibleKecamatanIds) {
        this.eligibleKecamatanIds = eligibleKecamatanIds;
    }

    public List<Short> getEligibleCategoryIds() {
        return eligibleCategoryIds;
    }

    public void setEligibleCategoryIds(List<Short> eligibleCategoryIds) {
        this.eligibleCategoryIds = eligibleCategoryIds;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(int minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(CityTime.ZONE).toInstant();
    }

    public List<String> getTopics() {
        return TOPICS;
    }

    public AllocationMode[] getModes() {
        return AllocationMode.values();
    }

    public PriorityCriterion[] getCriteria() {
        return PriorityCriterion.values();
    }

    public Map<PriorityCriterion, Integer> getWeights() {
        return weights;
    }

    public List<Programme> getAll() {
        return all;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public List<RosterLine> getRoster() {
        return roster;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public long getBudgetPerParticipant() {
        return budgetPerParticipant;
    }

    public void setBudgetPerParticipant(long budgetPerParticipant) {
        this.budgetPerParticipant = budgetPerParticipant;
    }

    public long getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(long totalBudget) {
        this.totalBudget = totalBudget;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public AllocationMode getMode() {
        return mode;
    }

    public void setMode(AllocationMode mode) {
        this.mode = mode;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }
}
