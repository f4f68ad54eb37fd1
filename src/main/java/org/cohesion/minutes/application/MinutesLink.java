package org.cohesion.minutes.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A link to a meeting or to an edition of its minutes, as lists on other pages show it (the home
 * page, a group's page): its id, the meeting's title and start. Read as one row, no entity.
 */
public record MinutesLink(long id, String title, LocalDateTime startsAt) implements Serializable {}
