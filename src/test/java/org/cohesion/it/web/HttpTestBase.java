package org.cohesion.it.web;

import java.net.URL;
import org.cohesion.it.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every HTTP test of the suite's server shares (in the manner of OmniFaces' OmniFacesIT): the
 * Arquillian client run against the one suite deployment and its address. A test extends it and
 * keeps only its scenario.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class HttpTestBase {
  /** The suite's server: {@code http://<host>:<port>/<context>/}. */
  @ArquillianResource protected URL base;

  /** A new client with no cookie: a person who has not signed in yet. */
  protected WebClient client() {
    return new WebClient(base);
  }

  /** The absolute address of a page of the application. */
  protected String url(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + path;
  }
}
