package org.cohesion.it.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.security.PlatformRole;

/**
 * Test deployment only: lets an HTTP test signed in as an administrator make a fresh member and
 * read its one-time password ("login password" in plain text), as the member page would show it.
 * The service checks the caller's role, as for any request.
 */
@WebServlet("/it/fresh-account")
public class FreshAccountServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient MemberAdministration members;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login = "web." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName("Compte de test web");
    form.setEmail(login + "@example.org");
    var created = members.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of());
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write(login + " " + created.oneTimePassword());
  }
}
