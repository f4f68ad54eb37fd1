package org.cohesion.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * WEB-INF/payara-web.xml keeps CDI out of every jar of WEB-INF/lib but those it names (a start-up
 * cost, docs/performance.md). This reads the built war: a jar that is a bean archive (a beans.xml),
 * brings a portable extension, or holds a class with a bean-defining annotation must be named in a
 * scanning-include, or its beans would silently not exist. No server: the war is the subject.
 */
class CdiScanningIT {
  private static final Pattern INCLUDE =
      Pattern.compile("<scanning-include>\\s*([^<\\s]+)\\s*</scanning-include>");

  /**
   * CDI's bean-defining annotations (and EJB's, which Payara counts too), as class files name them.
   */
  private static final List<String> BEAN_DEFINING =
      List.of(
          "Ljakarta/enterprise/context/ApplicationScoped;",
          "Ljakarta/enterprise/context/SessionScoped;",
          "Ljakarta/enterprise/context/RequestScoped;",
          "Ljakarta/enterprise/context/ConversationScoped;",
          "Ljakarta/enterprise/context/Dependent;",
          "Ljakarta/enterprise/inject/Model;",
          "Ljakarta/enterprise/inject/Stereotype;",
          "Ljakarta/faces/view/ViewScoped;",
          "Ljakarta/faces/flow/FlowScoped;",
          "Ljakarta/interceptor/Interceptor;",
          "Ljakarta/decorator/Decorator;",
          "Ljakarta/ejb/Stateless;",
          "Ljakarta/ejb/Stateful;",
          "Ljakarta/ejb/Singleton;");

  @Test
  void everyJarThatCdiMustSeeIsNamedInPayaraWeb() throws IOException {
    Path war = Path.of(System.getProperty("cohesion.war", "target/cohesion.war"));
    try (ZipFile zip = new ZipFile(war.toFile())) {
      ZipEntry descriptor = zip.getEntry("WEB-INF/payara-web.xml");
      assertTrue(descriptor != null, "WEB-INF/payara-web.xml in " + war);
      String xml;
      try (InputStream in = zip.getInputStream(descriptor)) {
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(xml.contains("<scanning-exclude>*</scanning-exclude>"), xml);
      List<String> included = new ArrayList<>();
      Matcher m = INCLUDE.matcher(xml);
      while (m.find()) {
        included.add(m.group(1));
      }

      List<String> cdiJars = new ArrayList<>();
      int jars = 0;
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (!name.startsWith("WEB-INF/lib/") || !name.endsWith(".jar")) {
          continue;
        }
        jars++;
        try (InputStream in = zip.getInputStream(entry)) {
          if (needsCdi(in.readAllBytes())) {
            cdiJars.add(name.substring("WEB-INF/lib/".length()));
          }
        }
      }
      assertTrue(jars > 10, "the war's libraries: " + jars);
      // Payara's pattern for a scanning-include "x": WEB-INF/lib/x(-.*)?.jar.
      List<String> missing =
          cdiJars.stream()
              .filter(
                  jar ->
                      included.stream()
                          .noneMatch(i -> jar.matches(Pattern.quote(i) + "(-.*)?\\.jar")))
              .toList();
      assertEquals(List.of(), missing, "CDI jars not named in payara-web.xml's scanning-include");
      // And the descriptor names no jar that is gone (an include that protects nothing).
      List<String> stale =
          included.stream()
              .filter(
                  i ->
                      cdiJars.stream().noneMatch(j -> j.matches(Pattern.quote(i) + "(-.*)?\\.jar")))
              .toList();
      assertEquals(List.of(), stale, "scanning-include of no CDI jar");
    }
  }

  private static boolean needsCdi(byte[] jar) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String name = e.getName();
        if (name.equals("META-INF/beans.xml")
            || name.equals("META-INF/services/jakarta.enterprise.inject.spi.Extension")
            || name.equals(
                "META-INF/services/jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension")) {
          return true;
        }
        if (name.endsWith(".class")) {
          String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          if (BEAN_DEFINING.stream().anyMatch(bytes::contains)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
