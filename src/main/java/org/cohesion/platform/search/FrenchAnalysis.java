package org.cohesion.platform.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The French analysis of the index: case, accents, elision and plural do not matter, so
 * "evaluation" finds « Évaluations » and "l'école" finds « écoles ». Elision before folding so that
 * both ' and ’ apostrophes go; the light stemmer (plural and feminine endings) rather than
 * Snowball, which over-stems short words. {@link OpenSearch} defines the same analyzers, with the
 * same Lucene filters by their OpenSearch names, for the OpenSearch mode: change both together.
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

  /**
   * The same three analyzers for the OpenSearch mode: OpenSearch runs these very Lucene filters
   * under its own names ({@code elision} given Lucene's French articles, which the Lucene factory
   * takes by default; {@code light_french} is {@code FrenchLightStemFilter}).
   */
  public static class OpenSearch implements ElasticsearchAnalysisConfigurer {
    /** Lucene's own list, the one the Lucene factory takes by default: l', d', qu', jusqu'… */
    static String[] frenchArticles() {
      return FrenchAnalyzer.DEFAULT_ARTICLES.stream()
          .map(article -> new String((char[]) article))
          .sorted()
          .toArray(String[]::new);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
      context
          .tokenFilter("cohesion_elision")
          .type("elision")
          .param("articles", frenchArticles())
          .param("articles_case", true);
      context.tokenFilter("cohesion_french_stem").type("stemmer").param("language", "light_french");
      context
          .tokenFilter("cohesion_edge")
          .type("edge_ngram")
          .param("min_gram", 1)
          .param("max_gram", 20);
      context
          .analyzer(FRENCH)
          .custom()
          .tokenizer("standard")
          .tokenFilters("lowercase", "cohesion_elision", "asciifolding", "cohesion_french_stem");
      context
          .analyzer(SUGGEST_INDEX)
          .custom()
          .tokenizer("standard")
          .tokenFilters("lowercase", "cohesion_elision", "asciifolding", "cohesion_edge");
      context
          .analyzer(SUGGEST_SEARCH)
          .custom()
          .tokenizer("standard")
          .tokenFilters("lowercase", "cohesion_elision", "asciifolding");
    }
  }
}
