package id.umkm.portal.notification.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.notification.domain.Notification;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /account/notifications.xhtml: the person's notifications, newest first; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private List<Notification> list;

    @PostConstruct
    void load() {
        list = notifications.recent(account(), SHOWN);
    }

    /** Marks it read and follows its link (only ever a path inside the portal). */
    public void open(Notification notification) throws IOException {
        notifications.markRead(account(), notification.getId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String link = notification.getLink();
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//");
        if (local) {
            external.redirect(external.getRequestContextPath() + link);
        } else {
            load();
        }
    }

    public void markAllRead() {
        notifications.markAllRead(account());
        load();
    }

    private long account() {
        return currentUser.require().getId();
    }

    public List<Notification> getList() {
        return list;
    }
}
