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
  // The first page when the page's own read already brought it: the render of the table then sends
  // no query of its own. Used once; later pages and filters go to the loader.
  private transient Page<T> firstPage;

  public PageModel(Loader<T> loader) {
    this.loader = loader;
  }

  /** A model whose first page (of {@code firstPage.items().size()} rows at most) is known. */
  public PageModel(Loader<T> loader, Page<T> firstPage) {
    this.loader = loader;
    this.firstPage = firstPage;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (firstPage != null) {
      return (int) firstPage.total();
    }
    return (int) loader.apply(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> known = firstPage;
    firstPage = null;
    if (known != null
        && first == 0
        && (known.items().size() == pageSize || known.items().size() == known.total())) {
      setRowCount((int) known.total());
      return known.items();
    }
    Page<T> page = loader.apply(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }
}
