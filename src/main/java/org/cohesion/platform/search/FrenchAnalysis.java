package org.cohesion.platform.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The French analysis of the index: case, accents, elision and plural do not matter, so
 * "evaluation" finds « Évaluations » and "l'école" finds « écoles ». Elision before folding so that
 * both ' and ’ apostrophes go; the light stemmer (plural and feminine endings) rather than
 * Snowball, which over-stems short words.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {
  static final String FRENCH = "french";
  static final String SUGGEST_INDEX = "suggest_index";
  static final String SUGGEST_SEARCH = "suggest_search";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(FRENCH)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ElisionFilterFactory.class)
        .param("ignoreCase", "true")
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(FrenchLightStemFilterFactory.class);
    // Suggestions match the beginnings of the title's words as one types ("evalu" → « Évaluation
    // »).
    context
        .analyzer(SUGGEST_INDEX)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ElisionFilterFactory.class)
        .param("ignoreCase", "true")
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(EdgeNGramFilterFactory.class)
        .param("minGramSize", "1")
        .param("maxGramSize", "20");
    context
        .analyzer(SUGGEST_SEARCH)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ElisionFilterFactory.class)
        .param("ignoreCase", "true")
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
