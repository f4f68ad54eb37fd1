package org.cohesion.network.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.notification.RecipientDirectory;

/** Notifications' view of the members: name, address, language of their account. */
@ApplicationScoped
public class JpaRecipientDirectory implements RecipientDirectory {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, Recipient> recipients(Collection<Long> memberIds) {
    Map<Long, Recipient> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    List<Long> ids = List.copyOf(memberIds);
    Map<Long, Account> accounts = new HashMap<>();
    em.createQuery("SELECT a FROM Account a WHERE a.member.id IN :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> accounts.put(a.getMember().getId(), a));
    for (Member m :
        em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class)
            .setParameter("ids", ids)
            .getResultList()) {
      Account account = accounts.get(m.getId());
      Locale locale = Locale.forLanguageTag(account == null ? "fr" : account.getLocale());
      boolean mailable =
          account != null && account.isActive() && m.getEmail() != null && !m.getEmail().isBlank();
      found.put(
          m.getId(), new Recipient(m.getId(), m.getFullName(), m.getEmail(), locale, mailable));
    }
    return found;
  }
}
