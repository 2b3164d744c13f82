package id.umkm.portal.seller.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.oss.application.NibAnswered;
import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.oss.application.NibRegistry;
import id.umkm.portal.seller.domain.BusinessScale;
import id.umkm.portal.seller.domain.PayoutMethod;
import id.umkm.portal.seller.domain.PayoutProvider;
import id.umkm.portal.seller.domain.PhoneNumbers;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerRepository;
import id.umkm.portal.seller.domain.Slugs;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.media.MediaStore;
import id.umkm.portal.shared.media.StoredMedia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A seller's own profile: the four onboarding steps and the submission to the staff queue. Every
 * method works on the profile of the account it is given, never on a seller id, so one seller
 * cannot reach another's profile.
 */
@ApplicationScoped
@Transactional
public class SellerOnboarding {

    @Inject
    private SellerRepository sellers;

    @Inject
    private ReferenceData reference;

    @Inject
    private NibRegistry nibRegistry;

    @Inject
    private ProfileChanges changes;

    @Inject
    private MediaStore media;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Seller> profileOf(long accountId) {
        return sellers.forAccount(accountId);
    }

    /** Asks OSS about a NIB so the form can fill in what OSS knows; advisory only. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public NibCheck lookUpNib(String nib) {
        return nibRegistry.check(nib);
    }

    /**
     * Saves step 1. {@code nibCheck} is what {@link #lookUpNib} answered for the NIB, asked before
     * this transaction starts, so a slow OSS never keeps the profile row locked or a connection busy.
     */
    public Seller saveBusiness(long accountId, @NotNull(message = "{seller.profile.required}") @Valid BusinessDetails business,
            @NotNull NibCheck nibCheck) {
        return change(accountId, business.businessName(), seller -> applyBusiness(accountId, seller, business, nibCheck));
    }

    public Seller saveLocation(long accountId, @NotNull(message = "{seller.profile.required}") @Valid LocationDetails location) {
        return change(accountId, null, seller -> applyLocation(seller, location));
    }

    public Seller savePayout(long accountId, @NotNull(message = "{seller.profile.required}") @Valid PayoutDetails payout) {
        return change(accountId, null, seller -> applyPayout(seller, payout));
    }

    /** All three steps at once (the API): all valid, or nothing saved. {@code nibCheck} as for step 1. */
    public Seller saveAll(long accountId,
            @NotNull(message = "{seller.profile.required}") @Valid BusinessDetails business,
            @NotNull(message = "{seller.profile.required}") @Valid LocationDetails location,
            @NotNull(message = "{seller.profile.required}") @Valid PayoutDetails payout, @NotNull NibCheck nibCheck) {
        return change(accountId, business.businessName(), seller -> {
            applyBusiness(accountId, seller, business, nibCheck);
            applyLocation(seller, location);
            applyPayout(seller, payout);
        });
    }

    /** Stores the image (checked by content and size) as the profile's logo; the profile must exist. */
    public StoredMedia changeLogo(long accountId, String fileName, byte[] image) {
        Seller seller = sellers.forAccount(accountId)
                .orElseThrow(() -> new RuleViolation(null, "seller.profile.startWithStep1"));
        StoredMedia stored = media.store(accountId, fileName, image);
        seller.changeLogo(stored.id(), clock.instant());
        return stored;
    }

    public void removeLogo(long accountId) {
        sellers.forAccount(accountId).ifPresent(seller -> seller.changeLogo(null, clock.instant()));
    }

    /**
     * One attempt at submitting; {@link SellerSubmission} retries when another seller took the same
     * storefront address at the same moment (the unique key on slug decides).
     */
    public Seller submitOnce(long accountId, String actor) {
        Seller seller = sellers.forAccount(accountId)
                .orElseThrow(() -> new RuleViolation("step", "seller.submit.incomplete", 1));
        ProfileChanges.Facts before = ProfileChanges.Facts.of(seller);
        seller.submit(seller.getSlug() == null ? freeSlug(seller.getBusinessName()) : null, clock.instant());
        try {
            sellers.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(rootMessage(e)).contains("uq_seller_slug")) {
                throw new SlugTaken();
            }
            throw e;
        }
        changes.fireIfChanged(before, seller);
        audit.record(accountId, actor, "SELLER_SUBMITTED", "seller", seller.getId(), seller.getSlug());
        return seller;
    }

    /** Thrown inside a rolled-back attempt when the chosen slug was taken concurrently. */
    static class SlugTaken extends RuntimeException {
        SlugTaken() {
            super("slug taken concurrently", null, false, false);
        }
    }

    private String freeSlug(String businessName) {
        String base = Slugs.of(businessName);
        Set<String> taken = new HashSet<>(sellers.slugsLike(base));
        int n = 1;
        while (taken.contains(Slugs.candidate(base, n))) {
            n++;
        }
        return Slugs.candidate(base, n);
    }

    private Seller change(long accountId, String businessName, Consumer<Seller> edit) {
        Optional<Seller> existing = sellers.forAccount(accountId);
        if (existing.isEmpty() && businessName == null) {
            throw new RuleViolation(null, "seller.profile.startWithStep1");
        }
        Seller seller = existing.orElseGet(() -> Seller.start(accountId, businessName, clock.instant()));
        ProfileChanges.Facts before = existing.map(ProfileChanges.Facts::of).orElse(null);
        edit.accept(seller);
        if (existing.isEmpty()) {
            sellers.add(seller);
        }
        try {
            sellers.flush();
        } catch (PersistenceException e) {
            // Two sellers raced for one NIB, or two first saves of one account: the unique keys let one through.
            String cause = String.valueOf(rootMessage(e));
            throw RuleViolation.conflict(cause.contains("uq_seller_nib") ? "nib" : null,
                    cause.contains("uq_seller_nib") ? "seller.nib.taken" : "seller.profile.concurrentEdit");
        }
        changes.fireIfChanged(before, seller);
        return seller;
    }

    private void applyBusiness(long accountId, Seller seller, BusinessDetails business, NibCheck check) {
        if (!reference.categoryExists(business.categoryId())) {
            throw new RuleViolation("categoryId", "seller.category.unknown");
        }
        if (sellers.nibTakenByOther(business.nib(), accountId)) {
            throw RuleViolation.conflict("nib", "seller.nib.taken");
        }
        boolean sameNib = business.nib().equals(seller.getNib());
        seller.describeBusiness(business.businessName(), business.ownerName(), business.nib(), business.categoryId(),
                BusinessScale.valueOf(business.scale()), business.womenLed(), clock.instant());
        if (check.outcome() == NibCheck.Outcome.UNAVAILABLE && sameNib && seller.getNibCheck() != null
                && seller.getNibCheck() != NibCheck.Outcome.UNAVAILABLE) {
            // OSS is down now but answered for this very NIB before: keep that answer.
            return;
        }
        recordNibCheck(seller, check);
    }

    /**
     * OSS answered about a NIB after all (the retry job) or pushed a change (receiveNIB): the
     * profiles with that NIB take the new answer, as if looked up now.
     */
    public void nibAnswered(@Observes NibAnswered answered) {
        for (Seller seller : sellers.withNib(answered.nib())) {
            recordNibCheck(seller, answered.check());
        }
    }

    private void recordNibCheck(Seller seller, NibCheck check) {
        Set<String> registered = check.found().map(r -> Set.copyOf(r.kbliCodes())).orElse(Collections.emptySet());
        boolean mismatch = check.found().isPresent() && seller.getCategoryId() != null
                && Collections.disjoint(registered, reference.kbliOf(seller.getCategoryId()));
        boolean verified = check.found().map(NibRecord::isActive).orElse(false);
        seller.recordNibCheck(check.outcome(), verified, mismatch, clock.instant());
    }

    private void applyLocation(Seller seller, LocationDetails location) {
        if (!reference.kelurahanBelongsTo(location.kelurahanId(), location.kecamatanId())) {
            throw new RuleViolation("kelurahanId", "seller.kelurahan.notInKecamatan");
        }
        seller.locate(location.kecamatanId(), location.kelurahanId(), location.address(),
                PhoneNumbers.normalise(location.phone()).orElseThrow(), location.description(), clock.instant());
    }

    private void applyPayout(Seller seller, PayoutDetails payout) {
        PayoutMethod method = PayoutMethod.valueOf(payout.payoutMethod());
        PayoutProvider provider = PayoutProvider.parse(payout.payoutProvider())
                .orElseThrow(() -> new RuleViolation("payoutProvider", "seller.payoutProvider.unknown"));
        if (provider.method() != method) {
            throw new RuleViolation("payoutProvider", "seller.payoutProvider.mismatch");
        }
        if (method == PayoutMethod.EWALLET && !PhoneNumbers.isMobile(payout.accountNumber())) {
            throw new RuleViolation("accountNumber", "seller.accountNumber.ewalletPhone");
        }
        seller.arrangePayout(provider, payout.accountNumber(), payout.accountHolder(), payout.qrisNmid(),
                payout.pirtNumber(), payout.halalNumber(), clock.instant());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder messages = new StringBuilder();
        while (t != null) {
            messages.append(t.getMessage()).append(' ');
            t = t.getCause() == t ? null : t.getCause();
        }
        return messages.toString();
    }
}
