/**
 * Meetings and the board decision log. {@link org.cohesion.decisions.domain.Meeting} is the one
 * meeting of a body or a working group: its plan and agenda, one attendance list with proxies, the
 * quorum of a body's meeting; the minutes (feature {@code minutes}) and the decisions taken there
 * point at it by its key. Decisions with their vote and follow-up; the append-only register and its
 * hash chain (one chain per body, see docs/decision-register.md). May use network.domain (bodies,
 * members, themes, calendar events), workspace.domain (the working group a meeting belongs to) and
 * platform.domain only.
 */
package org.cohesion.decisions.domain;
