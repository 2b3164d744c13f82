package id.umkm.portal.notification.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.notification.application.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's bell: how many notifications the logged-in person has not read yet. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.account().map(a -> notifications.unreadCount(a.getId())).orElse(0L);
        }
        return unread;
    }
}
