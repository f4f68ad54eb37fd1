package org.cohesion.platform.web;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.cohesion.platform.domain.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a service's paged query: only the visible page is read from
 * the database. The loader must be serialisable (a method reference on a CDI proxy is).
 */
public class PageModel<T> extends LazyDataModel<T> {
  @Serial private static final long serialVersionUID = 1L;

  /** Loads one page: (first, size) to items and total. */
  public interface Loader<T> extends BiFunction<Integer, Integer, Page<T>>, java.io.Serializable {}

  private final Loader<T> loader;

  public PageModel(Loader<T> loader) {
    this.loader = loader;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) loader.apply(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = loader.apply(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }
}
