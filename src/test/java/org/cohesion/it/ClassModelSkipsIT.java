package org.cohesion.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The war tells Payara which of WEB-INF/lib's jars to leave out of the class model it parses at
 * deployment: an empty root entry {@code WEB-INF__lib__x_jar} for a jar {@code x.jar} (pom.xml, the
 * class-model-skips execution; docs/performance.md). A skipped jar is invisible to what the
 * containers look up in that model: Jakarta EE annotations and types (Faces components, servlet
 * initializers' handled types, EJBs, JAX-RS resources), MicroProfile's. This reads the built war: a
 * skipped jar must name none of them nor carry a descriptor a container reads, every entry must
 * name a jar of the war, and each pattern of jars kept in the model must match a jar that needs it.
 * No server: the war is the subject.
 */
class ClassModelSkipsIT {
  private static final String LIB = "WEB-INF/lib/";
  private static final String MARK = "WEB-INF__lib__";

  /** What Payara 6's containers look for in the class model, as class files name it. */
  private static final List<String> CONTAINER_TYPES =
      List.of("jakarta/", "org/eclipse/microprofile/");

  /** Descriptors in a jar that a container reads (CDI, servlet fragments, Faces, tag libraries). */
  private static boolean descriptor(String entry) {
    return entry.equals("META-INF/beans.xml")
        || entry.equals("META-INF/web-fragment.xml")
        || entry.endsWith("faces-config.xml")
        || entry.endsWith(".taglib.xml")
        || entry.endsWith(".tld")
        || entry.startsWith("META-INF/services/jakarta.");
  }

  @Test
  void theJarsLeftOutOfTheClassModelHoldNothingAContainerLooksFor() throws IOException {
    Path war = Path.of(System.getProperty("cohesion.war", "target/cohesion.war"));
    String kept = System.getProperty("cohesion.classModel.kept", "");
    Map<String, PathMatcher> keptPatterns = new LinkedHashMap<>();
    for (String p : kept.trim().split("\\s+")) {
      if (!p.isEmpty()) {
        keptPatterns.put(p, FileSystems.getDefault().getPathMatcher("glob:" + p));
      }
    }
    assertTrue(!keptPatterns.isEmpty(), "the kept patterns (cohesion.classModel.kept): " + kept);

    try (ZipFile zip = new ZipFile(war.toFile())) {
      Map<String, List<String>> needs = new LinkedHashMap<>();
      Set<String> marks = new TreeSet<>();
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith(MARK)) {
          assertEquals(0, entry.getSize(), name + " is a mark, empty");
          marks.add(name);
        } else if (name.startsWith(LIB) && name.endsWith(".jar")) {
          try (InputStream in = zip.getInputStream(entry)) {
            needs.put(name.substring(LIB.length()), containerFinds(in.readAllBytes()));
          }
        }
      }
      assertTrue(needs.size() > 10, "the war's libraries: " + needs.size());

      List<String> stale = new ArrayList<>();
      List<String> wronglySkipped = new ArrayList<>();
      for (String mark : marks) {
        // Payara's name for WEB-INF/lib/x.jar exploded: WEB-INF__lib__x_jar.
        String jar = mark.substring(MARK.length(), mark.length() - "_jar".length()) + ".jar";
        if (!mark.endsWith("_jar") || !needs.containsKey(jar)) {
          stale.add(mark);
        } else if (!needs.get(jar).isEmpty()) {
          wronglySkipped.add(jar + " " + needs.get(jar));
        }
      }
      assertEquals(List.of(), stale, "marks that name no jar of the war");
      assertEquals(List.of(), wronglySkipped, "jars skipped that a container must see");

      // Every jar is either skipped or kept by a pattern; a pattern keeps at least one jar that
      // needs the model (else it only costs start-up time).
      List<String> neither = new ArrayList<>();
      for (String jar : needs.keySet()) {
        boolean isKept = keptPatterns.values().stream().anyMatch(p -> p.matches(Path.of(jar)));
        if (isKept == marks.contains(MARK + jar.substring(0, jar.length() - 4) + "_jar")) {
          neither.add(jar + (isKept ? " (kept and skipped)" : " (neither kept nor skipped)"));
        }
      }
      assertEquals(List.of(), neither, "jars both or neither kept and skipped");
      List<String> useless =
          keptPatterns.entrySet().stream()
              .filter(
                  p ->
                      needs.entrySet().stream()
                          .noneMatch(
                              e ->
                                  p.getValue().matches(Path.of(e.getKey()))
                                      && !e.getValue().isEmpty()))
              .map(Map.Entry::getKey)
              .toList();
      assertEquals(List.of(), useless, "kept patterns that keep no jar a container must see");
      assertTrue(marks.size() * 2 > needs.size(), "most jars skipped: " + marks.size());
    }
  }

  /** The container types a jar's classes name and the container descriptors it carries. */
  private static List<String> containerFinds(byte[] jar) throws IOException {
    Set<String> found = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String name = e.getName();
        if (descriptor(name)) {
          found.add(name);
        } else if (name.endsWith(".class")) {
          String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          for (String type : CONTAINER_TYPES) {
            if (bytes.contains(type)) {
              found.add(type + "…");
            }
          }
        }
      }
    }
    return List.copyOf(found);
  }
}
