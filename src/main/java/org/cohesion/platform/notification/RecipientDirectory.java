package org.cohesion.platform.notification;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * What notifications need to know about members, without depending on the feature that stores them.
 * The network feature implements it.
 */
public interface RecipientDirectory {

  /** The members among these ids that exist, by id; unknown ids are left out. */
  Map<Long, Recipient> recipients(Collection<Long> memberIds);

  /**
   * A member as a recipient: the language of their account ("fr" when none), and whether an email
   * may be sent to them (an address and an active account).
   */
  record Recipient(long memberId, String name, String email, Locale locale, boolean mailable) {}
}
