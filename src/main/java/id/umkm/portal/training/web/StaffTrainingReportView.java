package id.umkm.portal.training.web;

import id.umkm.portal.training.application.TrainingReports;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** staff/trainings/report.xhtml: reach per kecamatan and the applicants left without a seat. */
@Named
@RequestScoped
public class StaffTrainingReportView {

    @Inject
    private TrainingReports reports;

    private List<TrainingReports.Reach> reach;
    private List<TrainingReports.UnmetDemand> unmet;

    @PostConstruct
    void load() {
        reach = reports.reach();
        unmet = reports.unmetDemand();
    }

    public List<TrainingReports.Reach> getReach() {
        return reach;
    }

    public List<TrainingReports.UnmetDemand> getUnmet() {
        return unmet;
    }

    public long getTotalLeftOut() {
        return unmet.stream().mapToLong(TrainingReports.UnmetDemand::leftOut).sum();
    }

    public long getTotalBudgetNeeded() {
        return unmet.stream().mapToLong(TrainingReports.UnmetDemand::budgetNeededRupiah).sum();
    }
}
