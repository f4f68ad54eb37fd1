package org.cohesion.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;

/** The association's bodies (bureau, CA, AG) and who sits on them. */
@Named
@RequestScoped
public class BodiesPage {

  @Inject MemberDirectory directory;

  private List<Body> bodies;

  public List<Body> getBodies() {
    if (bodies == null) {
      bodies = directory.bodies();
    }
    return bodies;
  }
}
