package org.cohesion.platform.search;

import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * The document the index holds for one {@link SearchEntry}: Hibernate Search's standalone mapper
 * maps this class, not the features' entities, so the index is one shape for every kind and the
 * platform needs no feature's classes. Every shown field is stored (projectable): a hit is read
 * from the index alone.
 */
@SearchEntity(name = "Entry")
@Indexed(index = "entries")
class IndexedEntry {

  @DocumentId String key;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  String kind;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  long sourceId;

  @FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES)
  @FullTextField(
      name = "titleSuggest",
      analyzer = FrenchAnalysis.SUGGEST_INDEX,
      searchAnalyzer = FrenchAnalysis.SUGGEST_SEARCH)
  String title;

  @FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES)
  String text;

  @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
  String link;

  @KeywordField List<String> audience;

  @KeywordField(aggregable = Aggregable.YES)
  String theme;

  @KeywordField(aggregable = Aggregable.YES)
  String type;

  @KeywordField(aggregable = Aggregable.YES)
  String territory;

  @GenericField(aggregable = Aggregable.YES)
  Integer year;

  @KeywordField(aggregable = Aggregable.YES, name = "group")
  String groupName;

  static IndexedEntry of(SearchEntry entry) {
    IndexedEntry e = new IndexedEntry();
    e.key = entry.key();
    e.kind = entry.kind();
    e.sourceId = entry.id();
    e.title = entry.title();
    e.text = entry.text();
    e.link = entry.link();
    e.audience = List.copyOf(entry.audience());
    e.theme = entry.theme();
    e.type = entry.type();
    e.territory = entry.territory();
    e.year = entry.year();
    e.groupName = entry.group();
    return e;
  }
}
