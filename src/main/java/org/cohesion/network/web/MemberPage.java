package org.cohesion.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;

/** A member's profile: who they are, where they work, the bodies they sit on. */
@Named
@RequestScoped
public class MemberPage {

  @Inject MemberDirectory directory;

  private String id;
  private Member member;
  private List<BodySeat> seats;

  /** Loads the member named in the URL; a missing or malformed id is simply "not found". */
  public void load() {
    long memberId = org.cohesion.platform.web.Ids.required(id);
    member = directory.profile(memberId);
    seats = directory.seatsOf(memberId);
  }

  public long getMemberId() {
    return member.getId();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Member getMember() {
    return member;
  }

  public List<BodySeat> getSeats() {
    return seats;
  }
}
