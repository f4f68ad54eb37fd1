package org.cohesion.platform.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Suggestions as one types in the header's box: {@code GET /api/search/suggest?q=evalu} answers up
 * to ten titles the caller may read, as JSON {@code [{"title":…,"kind":…,"link":…}]}.
 */
@Path("search")
@RequestScoped
public class SuggestResource {
  static final JsonProvider JSON = JsonProvider.provider();
  static final int MAX = 10;

  @Inject Search search;

  @GET
  @Path("suggest")
  @Produces(MediaType.APPLICATION_JSON)
  public Response suggest(@QueryParam("q") String q) {
    if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    JsonArrayBuilder out = JSON.createArrayBuilder();
    for (Suggestion s : search.suggest(q, MAX)) {
      out.add(
          JSON.createObjectBuilder()
              .add("title", s.title())
              .add("kind", s.kind())
              .add("link", s.link()));
    }
    return Response.ok(out.build()).header("Cache-Control", "no-store").build();
  }
}
