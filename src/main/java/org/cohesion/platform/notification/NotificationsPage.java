package org.cohesion.platform.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.PageModel;
import org.cohesion.platform.web.UserLocale;

/** /notifications.xhtml: my notifications, newest first; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject MyNotifications notifications;
  @Inject UserLocale userLocale;

  private PageModel<NotificationItem> items;

  @PostConstruct
  void init() {
    items = new PageModel<>(notifications::list);
  }

  public PageModel<NotificationItem> getItems() {
    return items;
  }

  public String text(NotificationItem item) {
    return NoticeTexts.text(userLocale.getLocale(), item.notice());
  }

  /** Marks it read and follows its link (or stays here when it has none). */
  public void open(long id) throws IOException {
    Optional<String> link = Actions.result(() -> notifications.markRead(id), null);
    if (link.isPresent()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + link.get());
    }
  }

  public void markAllRead() {
    Actions.attempt(notifications::markAllRead, "notifications.allRead");
  }
}
