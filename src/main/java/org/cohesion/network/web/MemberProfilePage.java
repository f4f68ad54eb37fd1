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
public class MemberProfilePage {

  @Inject MemberDirectory directory;

  private Long id;
  private Member member;
  private List<BodySeat> seats;

  public void load() {
    if (id == null) {
      throw new org.cohesion.platform.domain.NotFoundException();
    }
    member = directory.profile(id);
    seats = directory.seatsOf(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Member getMember() {
    return member;
  }

  public List<BodySeat> getSeats() {
    return seats;
  }
}
