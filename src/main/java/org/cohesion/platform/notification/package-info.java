/**
 * Notifications, for every feature: {@link org.cohesion.platform.notification.Notifications#send}
 * writes, in the caller's transaction, one in-app notification per recipient (the bell in the
 * header, the page /notifications.xhtml) and, when mail is on, one row per email in an outbox that
 * {@link org.cohesion.platform.notification.MailRelay} sends after the commit, on any node, with
 * retries. Who a member is (name, address, language) comes from {@link
 * org.cohesion.platform.notification.RecipientDirectory}, which the network feature implements. May
 * use platform.domain, platform.security and platform.web; it knows no feature.
 */
package org.cohesion.platform.notification;
