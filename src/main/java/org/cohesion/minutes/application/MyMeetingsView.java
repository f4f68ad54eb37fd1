package org.cohesion.minutes.application;

import java.util.List;

/**
 * The home page's minutes section: the caller's next meetings ({@link MinutesLink#id()} a
 * meeting's), and the minutes waiting for their vote ({@link MinutesLink#id()} an edition's).
 */
public record MyMeetingsView(List<MinutesLink> upcoming, List<MinutesLink> toApprove) {

  public MyMeetingsView {
    upcoming = List.copyOf(upcoming);
    toApprove = List.copyOf(toApprove);
  }
}
