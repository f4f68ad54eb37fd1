package org.cohesion.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesLink;
import org.cohesion.minutes.application.MyMeetingsView;

/** On the home page: my next meetings, and the minutes waiting for my approval. */
@Named
@RequestScoped
public class MyMeetings {

  @Inject MinutesApproval approval;

  private MyMeetingsView view;

  private MyMeetingsView view() {
    if (view == null) {
      view = approval.myMeetings();
    }
    return view;
  }

  public List<MinutesLink> getUpcoming() {
    return view().upcoming();
  }

  public List<MinutesLink> getToApprove() {
    return view().toApprove();
  }
}
