package id.umkm.portal.identity.web;

import id.umkm.portal.identity.application.AccountAdministration;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountStatus;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/accounts.xhtml: find accounts, grant and revoke roles, disable and enable. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the table: only what the page shows, so the view state stays small. */
    public record Row(long id, String email, String fullName, AccountStatus status, Set<Role> roles, String createdAt)
            implements Serializable {
    }

    @Inject
    private AccountAdministration administration;

    @Inject
    private CurrentUser currentUser;

    private String search;
    private Role roleFilter;
    private Row selected;
    private List<Role> selectedRoles = new ArrayList<>();

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(search, roleFilter);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return administration.search(search, roleFilter, first, pageSize).stream()
                    .map(a -> new Row(a.getId(), a.getEmail(), a.getFullName(), a.getStatus(),
                            EnumSet.copyOf(a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : a.getRoles()),
                            CityTime.format(a.getCreatedAt(), locale)))
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : ((List<Row>) getWrappedData()).stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public void select(Row row) {
        selected = row;
        selectedRoles = new ArrayList<>(row.roles());
    }

    public void saveRoles() {
        try {
            administration.changeRoles(currentUser.require(), selected.id(),
                    selectedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(selectedRoles));
            PageMessages.info("admin.rolesSaved", selected.email());
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
    }

    public void toggleDisabled(Row row) {
        Account admin = currentUser.require();
        try {
            if (row.status() == AccountStatus.DISABLED) {
                administration.enable(admin, row.id());
                PageMessages.info("admin.accountEnabled", row.email());
            } else {
                administration.disable(admin, row.id());
                PageMessages.info("admin.accountDisabled", row.email());
            }
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public Row getSelected() {
        return selected;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
