package org.cohesion.it.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.security.PlatformRole;

/**
 * Test deployment only (this package is not in the shipped war): lets a client-side test make the
 * server send a notice, as a feature's service would. POST /api/it/notices, signed in as an
 * administrator: creates two fresh members, one reading French and one English, sends them
 * notice.test in one transaction and answers, one a line: a token (the notice's argument), the
 * French reader's address, the English reader's address, the French reader's login and password.
 */
@Path("it/notices")
@RequestScoped
public class NoticeTrigger {

  @Inject MemberAdministration administration;
  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  @Transactional
  public String sendToTwoFreshMembers() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    MemberAdministration.NewAccount french = create("Amélie Mail-" + token, "mail-fr-" + token);
    MemberAdministration.NewAccount english = create("Edward Mail-" + token, "mail-en-" + token);
    em.createNamedQuery("Account.findByMemberId", Account.class)
        .setParameter("memberId", english.memberId())
        .getSingleResult()
        .preferLocale("en");
    notifications.send(
        Notice.of("notice.test", "/notifications.xhtml?from=" + token, token),
        List.of(french.memberId(), english.memberId()),
        null);
    return String.join(
        "\n",
        token,
        address(french.memberId()),
        address(english.memberId()),
        "mail-fr-" + token,
        french.oneTimePassword());
  }

  private MemberAdministration.NewAccount create(String name, String login) {
    MemberForm form = new MemberForm();
    form.setFullName(name);
    form.setEmail(login + "@example.org");
    return administration.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of());
  }

  private String address(long memberId) {
    return em.find(Member.class, memberId).getEmail();
  }
}
