package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Every service action on a working group, for every kind of caller, on a fresh group each time.
 * OK: done; HIDDEN: the group does not exist for them (404); DENIED: seen but refused (403); LOGIN:
 * nobody is signed in; RULE: allowed, but a rule of the domain says no (e.g. already a member).
 */
class ServiceAccessMatrixIT extends ServerTestBase {

  enum Outcome {
    OK,
    HIDDEN,
    DENIED,
    LOGIN,
    RULE
  }

  private static final Outcome OK = Outcome.OK;
  private static final Outcome HIDDEN = Outcome.HIDDEN;
  private static final Outcome DENIED = Outcome.DENIED;
  private static final Outcome LOGIN = Outcome.LOGIN;
  private static final Outcome RULE = Outcome.RULE;

  /**
   * Callers, in the column order of the table: nobody signed in (null), the administrator, then
   * accounts made for this test (so that its hundred groups do not crowd the demo accounts): a
   * lead, a contributor, a reader, and an outsider.
   */
  private String[] callers;

  private String lead;
  private String contributor;
  private String reader;

  @Inject Workspaces workspaces;
  @Inject GroupAdministration groups;
  @Inject MemberAdministration members;

  /** What one action runs against: a fresh group, its version, and a pending request if any. */
  record Fixture(long group, Long request, int version) {}

  private String newAccount(String role) {
    String login = role + "." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName("Matrice " + role);
    form.setEmail(login + "@example.org");
    users.as(
        "jvalcin", () -> members.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    return login;
  }

  private Fixture fixture(Visibility visibility, JoinPolicy policy) {
    String name = "Matrice " + UUID.randomUUID().toString().substring(0, 8);
    long id =
        users.groupId(
            users.as(
                "jvalcin",
                () -> {
                  GroupForm form = new GroupForm();
                  form.setName(name);
                  form.setThemeId(members.themes().get(0).getId());
                  form.setVisibility(visibility);
                  form.setJoinPolicy(policy);
                  return groups.create(form);
                }));
    users.as(
        "jvalcin",
        () -> {
          workspaces.addMember(id, users.memberId(lead), GroupRole.LEAD);
          workspaces.addMember(id, users.memberId(contributor), GroupRole.CONTRIBUTOR);
          workspaces.addMember(id, users.memberId(reader), GroupRole.READER);
        });
    Long request = null;
    if (visibility == Visibility.NETWORK && policy == JoinPolicy.ON_REQUEST) {
      users.as("edorival", () -> workspaces.requestToJoin(id, null));
      request =
          users.as(lead, () -> workspaces.pendingRequests(id)).stream()
              .map(JoinRequest::getId)
              .findFirst()
              .orElseThrow();
    }
    int version = users.as("jvalcin", () -> workspaces.open(id).group().getVersion());
    return new Fixture(id, request, version);
  }

  private Outcome run(String caller, Runnable action) {
    try {
      if (caller == null) {
        action.run();
      } else {
        users.as(caller, action);
      }
      return OK;
    } catch (AuthenticationRequiredException e) {
      return LOGIN;
    } catch (NotFoundException e) {
      return HIDDEN;
    } catch (AccessDeniedException e) {
      return DENIED;
    } catch (DomainException e) {
      return RULE;
    }
  }

  private void row(
      List<String> failures,
      String action,
      Visibility visibility,
      JoinPolicy policy,
      Consumer<Fixture> call,
      Outcome... expected) {
    for (int c = 0; c < callers.length; c++) {
      Fixture f = fixture(visibility, policy);
      Outcome got = run(callers[c], () -> call.accept(f));
      if (got != expected[c]) {
        failures.add(
            String.format(
                "%s on a %s/%s group as %s: expected %s, got %s",
                action, visibility, policy, callers[c], expected[c], got));
      }
    }
  }

  private long id(String login) {
    return users.memberId(login);
  }

  @Test
  void everyGroupActionAnswersEveryCallerAsDesigned() {
    lead = newAccount("lead");
    contributor = newAccount("contributor");
    reader = newAccount("reader");
    callers = new String[] {null, "jvalcin", lead, contributor, reader, newAccount("outsider")};
    List<String> f = new ArrayList<>();
    Visibility hidden = Visibility.MEMBERS_ONLY;
    Visibility network = Visibility.NETWORK;
    JoinPolicy ask = JoinPolicy.ON_REQUEST;
    JoinPolicy open = JoinPolicy.OPEN;
    //                                                   anon   admin  lead   contrib reader
    // outsider
    row(f, "open", hidden, ask, x -> workspaces.open(x.group()), LOGIN, OK, OK, OK, OK, HIDDEN);
    row(f, "open", network, ask, x -> workspaces.open(x.group()), LOGIN, OK, OK, OK, OK, OK);
    row(
        f,
        "members",
        hidden,
        ask,
        x -> workspaces.members(x.group()),
        LOGIN,
        OK,
        OK,
        OK,
        OK,
        HIDDEN);
    row(f, "members", network, ask, x -> workspaces.members(x.group()), LOGIN, OK, OK, OK, OK, OK);
    row(
        f,
        "pendingRequests",
        network,
        ask,
        x -> workspaces.pendingRequests(x.group()),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        DENIED);
    row(
        f,
        "pendingRequests",
        hidden,
        ask,
        x -> workspaces.pendingRequests(x.group()),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        HIDDEN);
    row(
        f,
        "addMember",
        hidden,
        ask,
        x -> workspaces.addMember(x.group(), id("gmariesainte"), GroupRole.READER),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        HIDDEN);
    row(
        f,
        "addMember",
        network,
        ask,
        x -> workspaces.addMember(x.group(), id("gmariesainte"), GroupRole.READER),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        DENIED);
    row(
        f,
        "changeRole",
        hidden,
        ask,
        x -> workspaces.changeRole(x.group(), id(contributor), GroupRole.READER),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        HIDDEN);
    row(
        f,
        "removeMember",
        network,
        ask,
        x -> workspaces.removeMember(x.group(), id(contributor)),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        DENIED);
    row(
        f,
        "describe",
        hidden,
        ask,
        x -> workspaces.describe(x.group(), x.version(), "Nouvelle description"),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        HIDDEN);
    row(
        f,
        "acceptRequest",
        network,
        ask,
        x -> workspaces.acceptRequest(x.request()),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        DENIED);
    row(
        f,
        "refuseRequest",
        network,
        ask,
        x -> workspaces.refuseRequest(x.request()),
        LOGIN,
        OK,
        OK,
        DENIED,
        DENIED,
        DENIED);
    row(f, "join", network, open, x -> workspaces.join(x.group()), LOGIN, OK, RULE, RULE, RULE, OK);
    row(
        f,
        "join",
        network,
        ask,
        x -> workspaces.join(x.group()),
        LOGIN,
        RULE,
        RULE,
        RULE,
        RULE,
        RULE);
    row(
        f,
        "join",
        hidden,
        open,
        x -> workspaces.join(x.group()),
        LOGIN,
        RULE,
        RULE,
        RULE,
        RULE,
        HIDDEN);
    row(
        f,
        "requestToJoin",
        network,
        ask,
        x -> workspaces.requestToJoin(x.group(), null),
        LOGIN,
        OK,
        RULE,
        RULE,
        RULE,
        OK);
    row(
        f,
        "requestToJoin",
        hidden,
        ask,
        x -> workspaces.requestToJoin(x.group(), null),
        LOGIN,
        RULE,
        RULE,
        RULE,
        RULE,
        HIDDEN);
    row(
        f,
        "leave",
        hidden,
        ask,
        x -> workspaces.leave(x.group()),
        LOGIN,
        RULE,
        RULE,
        OK,
        OK,
        HIDDEN);
    row(
        f,
        "edit group (admin)",
        network,
        ask,
        x -> groups.update(groups.form(x.group())),
        LOGIN,
        OK,
        DENIED,
        DENIED,
        DENIED,
        DENIED);
    assertEquals("", String.join("\n", f));
  }
}
