/**
 * The minutes of groups' and bodies' meetings, each use case a transaction: the meeting as its
 * minutes read it ({@code MeetingMinutes}; planning the meeting itself, its agenda and attendance
 * is {@code decisions.application.Meetings}'s), co-writing under a row lock ({@code
 * MinutesEditor}), approval ({@code MinutesApproval}), PDF and iCalendar. Every method checks the
 * caller's right on the very meeting or edition, through {@code MinutesCallers}. May use
 * minutes.domain, workspace's application (the one group-access lookup) and domain,
 * decisions.application (the decisions taken at the meeting) and decisions.domain, network.domain
 * and platform.
 */
package org.cohesion.minutes.application;
