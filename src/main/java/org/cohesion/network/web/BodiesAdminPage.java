package org.cohesion.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.network.application.BodyAdministration;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.MinutesRule;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Messages;

/** Administration: who sits on the bureau, the CA and the AG, and in which office. */
@Named
@ViewScoped
public class BodiesAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberDirectory directory;
  @Inject BodyAdministration administration;

  private Long bodyId;
  // The person to seat, as the search offered them: not a menu of the whole directory.
  private Choice member;
  private BodySeat.Office office = BodySeat.Office.MEMBER;
  private transient List<Body> bodies;

  public List<Body> getBodies() {
    if (bodies == null) {
      bodies = directory.bodies();
    }
    return bodies;
  }

  /** The person to seat: at most 20 people whose name or organisation matches. */
  public List<Choice> completePeople(String text) {
    return directory.search(text).stream().map(p -> new Choice(p.id(), p.label())).toList();
  }

  public BodySeat.Office[] getOffices() {
    return BodySeat.Office.values();
  }

  public void seat() {
    if (bodyId == null || member == null) {
      Messages.error("body.chooseBodyAndPerson");
      return;
    }
    long body = bodyId;
    long person = member.id();
    BodySeat.Office chosen = office;
    if (Actions.attempt(() -> administration.seat(body, person, chosen), "body.seated")) {
      member = null;
      bodies = null;
    }
  }

  public void unseat(long body, long member) {
    if (Actions.attempt(() -> administration.unseat(body, member), "body.unseated")) {
      bodies = null;
    }
  }

  public MinutesRule[] getMinutesRules() {
    return MinutesRule.values();
  }

  public void changeMinutesRule(Body body) {
    long id = body.getId();
    MinutesRule rule = body.getMinutesRule();
    if (Actions.attempt(
        () -> administration.changeMinutesRule(id, rule), "body.minutesRule.saved")) {
      bodies = null;
    }
  }

  public Long getBodyId() {
    return bodyId;
  }

  public void setBodyId(Long bodyId) {
    this.bodyId = bodyId;
  }

  public Choice getMember() {
    return member;
  }

  public void setMember(Choice member) {
    this.member = member;
  }

  public BodySeat.Office getOffice() {
    return office;
  }

  public void setOffice(BodySeat.Office office) {
    this.office = office;
  }
}
