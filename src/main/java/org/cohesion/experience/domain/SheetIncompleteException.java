package org.cohesion.experience.domain;

import java.util.List;
import org.cohesion.platform.domain.DomainException;

/**
 * A submission refused because required parts are empty: it names every one of them (as label keys,
 * which the page shows in the reader's language), not only the first.
 */
public class SheetIncompleteException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final List<String> missingLabelKeys;

  public SheetIncompleteException(List<String> missingLabelKeys) {
    super("experience.submit.missing", missingLabelKeys.get(0));
    this.missingLabelKeys = List.copyOf(missingLabelKeys);
  }

  public List<String> missingLabelKeys() {
    return missingLabelKeys;
  }
}
