package org.cohesion.platform.web;

import java.io.Serializable;

/**
 * One thing a search field offered (a person, a territory…): its id, which is all the server uses,
 * and the label shown. What autocompletes keep in the view instead of entities.
 */
public record Choice(long id, String label) implements Serializable {
  private static final long serialVersionUID = 1L;
}
