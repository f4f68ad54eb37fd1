package org.cohesion.decisions.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cohesion.decisions.application.RegisterVerification;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.security.AuthenticationRequiredException;

/**
 * {@code GET /api/register/verification[?body=ID]}: the verification of the register, for board
 * members and administrators. Shiro keeps out anyone not signed in; the service checks the role.
 */
@Path("register")
@RequestScoped
public class RegisterResource {

  @Inject RegisterVerification verification;

  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  public Response verify(@QueryParam("body") Long bodyId) {
    try {
      JsonArrayBuilder bodies = Json.createArrayBuilder();
      boolean intact = true;
      for (ChainReport r : verification.verify(bodyId)) {
        intact &= r.intact();
        bodies.add(json(r));
      }
      JsonObject result =
          Json.createObjectBuilder().add("intact", intact).add("bodies", bodies).build();
      return Response.ok(result).build();
    } catch (AuthenticationRequiredException e) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    } catch (AccessDeniedException e) {
      return Response.status(Response.Status.FORBIDDEN).build();
    }
  }

  private static JsonObject json(ChainReport r) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("bodyId", r.bodyId())
            .add("body", r.bodyCode())
            .add("intact", r.intact())
            .add("entries", r.entries())
            .add("headHash", r.headHash())
            .add("summary", r.toString());
    if (!r.intact()) {
      if (r.firstBadId() != null) {
        o.add("firstBadId", r.firstBadId());
      }
      o.add("firstBadNumber", r.firstBadNumber()).add("problem", r.problem().name());
    }
    return o.build();
  }
}
