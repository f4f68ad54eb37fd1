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
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.MinutesRule;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Messages;

/** Administration: who sits on the bureau, the CA and the AG, and in which office. */
@Named
@ViewScoped
public class BodiesAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberDirectory directory;
  @Inject BodyAdministration administration;

  private Long bodyId;
  private Long memberId;
  private BodySeat.Office office = BodySeat.Office.MEMBER;
  private transient List<Body> bodies;
  private transient List<Member> people;

  public List<Body> getBodies() {
    if (bodies == null) {
      bodies = directory.bodies();
    }
    return bodies;
  }

  public List<Member> getPeople() {
    if (people == null) {
      people = directory.everyone();
    }
    return people;
  }

  public BodySeat.Office[] getOffices() {
    return BodySeat.Office.values();
  }

  public void seat() {
    if (bodyId == null || memberId == null) {
      Messages.error("body.chooseBodyAndPerson");
      return;
    }
    long body = bodyId;
    long member = memberId;
    BodySeat.Office chosen = office;
    if (Actions.attempt(() -> administration.seat(body, member, chosen), "body.seated")) {
      memberId = null;
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

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public BodySeat.Office getOffice() {
    return office;
  }

  public void setOffice(BodySeat.Office office) {
    this.office = office;
  }
}
