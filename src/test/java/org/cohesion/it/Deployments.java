package org.cohesion.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration suite: the war the build just packaged, plus the
 * in-container test classes. Every integration test class shares it, so Payara Micro starts once.
 */
@ArquillianSuiteDeployment
public final class Deployments {

  private Deployments() {}

  @Deployment(testable = true)
  public static WebArchive cohesion() {
    Path war = Path.of(System.getProperty("cohesion.war", "target/cohesion.war"));
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "cohesion.war")
            .importFrom(war.toFile())
            .as(WebArchive.class);
    archive.addPackage("org.cohesion.it.server");
    // The in-container benchmark joins the war only in the bench profile (bench/minutes.sh), which
    // alone compiles bench/java: the suite's war never holds a benchmark.
    if (Boolean.getBoolean("cohesion.bench")) {
      archive.addClass("org.cohesion.bench.MinutesBench");
    }
    // Arquillian's in-container runner is a servlet of its own: Shiro lets it through. Everything
    // else in the real shiro.ini stays as shipped.
    archive.delete("/WEB-INF/shiro.ini");
    archive.addAsWebInfResource(new StringAsset(testShiroIni()), "shiro.ini");
    return archive;
  }

  private static String testShiroIni() {
    try {
      String ini = Files.readString(Path.of("src/main/webapp/WEB-INF/shiro.ini"));
      return ini.replace("[urls]\n", "[urls]\n/ArquillianServletRunner* = anon\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
