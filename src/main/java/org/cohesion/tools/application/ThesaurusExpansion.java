package org.cohesion.tools.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.cohesion.platform.search.QueryExpansion;

/**
 * The thesaurus widens search: a word or phrase that is a concept's label also finds what is named
 * by its other labels (alternative, the other language) and by the concepts below it, so a search
 * for a broad theme finds what was tagged with a narrower one.
 */
@ApplicationScoped
public class ThesaurusExpansion implements QueryExpansion {

  @Inject Thesaurus thesaurus;

  @Override
  public List<String> alternativesOf(String term, Locale locale) {
    return thesaurus.alternativesOf(term);
  }
}
