package id.umkm.portal.consignment.web;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.catalog.application.ProductCategoryOption;
import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.Settlements;
import id.umkm.portal.consignment.domain.AgreementTerms;
import id.umkm.portal.consignment.domain.EndAction;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** staff/consignment.xhtml: offer and end agreements; draw up, approve and print consignors' statements. */
@Named
@ViewScoped
public class StaffConsignmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agreements agreements;

    @Inject
    private Settlements settlements;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProductCategories categories;

    @Inject
    private Clock clock;

    private String sellerQuery;
    private List<SellerSummary> sellerMatches = List.of();
    private Long sellerId;
    private BigDecimal commissionPercent = BigDecimal.valueOf(20);
    private int consignmentDays = 60;
    private int graceDays = 7;
    private EndAction endAction = EndAction.RETURN;
    private BigDecimal markdownPercent;
    private AgreementTerms.PayoutFrequency payoutFrequency = AgreementTerms.PayoutFrequency.WEEKLY;
    private List<CategoryRate> categoryRates = new ArrayList<>();
    private List<ProductCategoryOption> categoryOptions;
    private List<Agreements.Agreement> all;
    private List<SellerSummary> unsettled;
    private List<Settlements.Settlement> statements;

    @PostConstruct
    void init() {
        categoryOptions = categories.all();
        load();
    }

    private void load() {
        all = agreements.all();
        unsettled = settlements.sellersWithUnsettled();
        statements = settlements.recent();
    }

    public void findSellers() {
        sellerMatches = sellers.verifiedNamed(sellerQuery, 30);
        sellerId = sellerMatches.isEmpty() ? null : sellerMatches.get(0).id();
    }

    /** One row of the offer's commission by category: a category and the outlet's percentage for it. */
    public static final class CategoryRate implements Serializable {

        private static final long serialVersionUID = 1L;

        private Short categoryId;
        private BigDecimal percent;

        public Short getCategoryId() {
            return categoryId;
        }

        public void setCategoryId(Short categoryId) {
            this.categoryId = categoryId;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    public void addCategoryRate() {
        categoryRates.add(new CategoryRate());
    }

    public void removeCategoryRate(int index) {
        categoryRates.remove(index);
    }

    /** The rows as the terms take them; a row without its category or percentage, or a category twice, is refused. */
    private Map<Short, BigDecimal> categoryPercents() {
        Map<Short, BigDecimal> percents = new LinkedHashMap<>();
        for (CategoryRate rate : categoryRates) {
            if (rate.getCategoryId() == null || rate.getPercent() == null) {
                throw new RuleViolation("categoryPercents", "consignment.agreement.category.invalid");
            }
            if (percents.put(rate.getCategoryId(), rate.getPercent()) != null) {
                throw new RuleViolation("categoryPercents", "consignment.agreement.category.duplicate");
            }
        }
        return percents;
    }

    public void offer() {
        try {
            AgreementTerms terms = new AgreementTerms(commissionPercent, categoryPercents(), consignmentDays, graceDays, endAction,
                    markdownPercent, payoutFrequency);
            if (sellerId == null) {
                throw new RuleViolation("sellerId", "consignment.agreement.seller.notVerified");
            }
            Agreements.Agreement offered = agreements.offer(currentUser.require().getId(), sellerId,
                    agreements.outlets().get(0).id(), terms);
            PageMessages.info("consignment.agreement.offered", offered.number(), offered.sellerName());
            categoryRates = new ArrayList<>();
        } catch (RuleViolation refused) {
            PageMessages.show("agreements", refused);
        }
        load();
    }

    public void end(long agreementId) {
        try {
            PageMessages.info("consignment.agreement.ended", agreements.end(agreementId).number());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public void drawUp(long forSeller) {
        try {
            Settlements.Settlement s = settlements.drawUp(currentUser.require().getId(), forSeller,
                    LocalDate.ofInstant(clock.instant(), CityTime.ZONE));
            PageMessages.info("consignment.settlement.drawn", s.number(), s.totals().netPayable().format());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public void approve(long settlementId) {
        try {
            Settlements.Settlement s = settlements.approve(currentUser.require().getId(), settlementId);
            PageMessages.info("consignment.settlement.approved", s.number(), s.totals().netPayable().format());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public EndAction[] getEndActions() {
        return EndAction.values();
    }

    public AgreementTerms.PayoutFrequency[] getFrequencies() {
        return AgreementTerms.PayoutFrequency.values();
    }

    public String getSellerQuery() {
        return sellerQuery;
    }

    public void setSellerQuery(String sellerQuery) {
        this.sellerQuery = sellerQuery;
    }

    public List<SellerSummary> getSellerMatches() {
        return sellerMatches;
    }

    public Long getSellerId() {
        return sellerId;
    }

    public void setSellerId(Long sellerId) {
        this.sellerId = sellerId;
    }

    public BigDecimal getCommissionPercent() {
        return commissionPercent;
    }

    public void setCommissionPercent(BigDecimal commissionPercent) {
        this.commissionPercent = commissionPercent;
    }

    public int getConsignmentDays() {
        return consignmentDays;
    }

    public void setConsignmentDays(int consignmentDays) {
        this.consignmentDays = consignmentDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }

    public EndAction getEndAction() {
        return endAction;
    }

    public void setEndAction(EndAction endAction) {
        this.endAction = endAction;
    }

    public BigDecimal getMarkdownPercent() {
        return markdownPercent;
    }

    public void setMarkdownPercent(BigDecimal markdownPercent) {
        this.markdownPercent = markdownPercent;
    }

    public AgreementTerms.PayoutFrequency getPayoutFrequency() {
        return payoutFrequency;
    }

    public void setPayoutFrequency(AgreementTerms.PayoutFrequency payoutFrequency) {
        this.payoutFrequency = payoutFrequency;
    }

    public List<CategoryRate> getCategoryRates() {
        return categoryRates;
    }

    public List<ProductCategoryOption> getCategoryOptions() {
        return categoryOptions;
    }

    public List<Agreements.Agreement> getAll() {
        return all;
    }

    public List<SellerSummary> getUnsettled() {
        return unsettled;
    }

    public List<Settlements.Settlement> getStatements() {
        return statements;
    }
}
