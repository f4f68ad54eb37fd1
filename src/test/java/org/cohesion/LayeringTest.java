package org.cohesion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md ("Allowed dependencies"), held by a test so that it does not
 * drift. Inside a feature: web (and api) → application → domain, infrastructure under application.
 * Between features: only the directions of {@link #USES}, and only into the other feature's
 * application services and domain. The platform knows no feature; the launcher knows nothing of the
 * application.
 */
@AnalyzeClasses(packages = "org.cohesion", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** Each feature and the features it may use (every feature may use the platform). */
  static final Map<String, Set<String>> USES =
      Map.of(
          "network", Set.of(),
          "workspace", Set.of("network"),
          // A meeting (decisions.domain.Meeting) is of a body or of a working group (workspace).
          "decisions", Set.of("network", "workspace"),
          "minutes", Set.of("network", "workspace", "decisions"),
          "observation", Set.of("network", "workspace"),
          "tools", Set.of("network", "workspace"),
          "experience", Set.of("tools", "workspace", "network", "observation"));

  /** The layers another feature may reach: its services and its domain, never its pages. */
  static final Set<String> PUBLISHED_LAYERS = Set.of("application", "domain");

  private static final String[] FEATURES =
      USES.keySet().stream().map(f -> "org.cohesion." + f + "..").toArray(String[]::new);

  private static String[] layer(String... layers) {
    return USES.keySet().stream()
        .flatMap(f -> Stream.of(layers).map(l -> "org.cohesion." + f + "." + l + ".."))
        .toArray(String[]::new);
  }

  @ArchTest
  static final ArchRule layersInsideFeatures =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Web")
          .definedBy(layer("web", "api"))
          .layer("Cli")
          .definedBy(layer("cli"))
          .layer("Demo")
          .definedBy(layer("demo"))
          .layer("Application")
          .definedBy(layer("application"))
          .layer("Infrastructure")
          .definedBy(layer("infrastructure"))
          .layer("Domain")
          .definedBy(layer("domain"))
          .whereLayer("Web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Demo")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Web", "Demo")
          .whereLayer("Infrastructure")
          .mayOnlyBeAccessedByLayers("Application", "Cli", "Demo")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Web", "Cli", "Demo", "Application", "Infrastructure");

  @ArchTest
  static final ArchRule featuresUseOnlyTheDocumentedFeatures =
      classes()
          .that()
          .resideInAnyPackage(FEATURES)
          .should(
              new ArchCondition<JavaClass>(
                  "use other features only as docs/architecture.md allows, and only their"
                      + " application and domain layers") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                  String from = feature(item);
                  for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String to = feature(d.getTargetClass());
                    if (to == null || to.equals(from)) {
                      continue;
                    }
                    if (!USES.get(from).contains(to)
                        || !PUBLISHED_LAYERS.contains(layerOf(d.getTargetClass()))) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              });

  @ArchTest
  static final ArchRule platformKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.cohesion.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);

  @ArchTest
  static final ArchRule launcherKnowsNothingOfTheApplication =
      noClasses()
          .that()
          .resideInAPackage("org.cohesion.launcher..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              Stream.concat(Stream.of("org.cohesion.platform.."), Stream.of(FEATURES))
                  .toArray(String[]::new));

  /**
   * A feature's beans are its own: a page never injects another feature's page bean (it takes what
   * it needs as a parameter, as the group page's dashboard section takes the group's id), and what
   * one feature injects from another is an application service, which checks the caller itself.
   */
  @ArchTest
  static final ArchRule injectsOnlyApplicationServicesOfOtherFeatures =
      fields()
          .that()
          .areAnnotatedWith(Inject.class)
          .should(
              new ArchCondition<JavaField>("inject, from another feature, only its services") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                  String own = feature(field.getOwner());
                  String target = feature(field.getRawType());
                  if (own != null
                      && target != null
                      && !own.equals(target)
                      && !"application".equals(layerOf(field.getRawType()))) {
                    events.add(
                        SimpleConditionEvent.violated(
                            field,
                            field.getFullName() + " injects " + field.getRawType().getName()));
                  }
                }
              });

  /** Every package of the application says in its package-info what it is and what it may use. */
  @Test
  void everyPackageSaysWhatItMayUse() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> missing;
    try (Stream<Path> dirs = Files.walk(root)) {
      missing =
          dirs.filter(Files::isDirectory)
              .filter(LayeringTest::holdsClasses)
              .filter(dir -> !saysWhatItMayUse(dir.resolve("package-info.java")))
              .map(dir -> root.relativize(dir).toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of(), missing, "packages without a package-info saying what they may use");
  }

  private static boolean holdsClasses(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean saysWhatItMayUse(Path info) {
    try {
      // Javadoc may wrap the words onto two lines.
      return Files.exists(info)
          && Files.readString(info).replaceAll("\\s+(\\*\\s+)?", " ").contains("May use");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The feature a class belongs to, or null for the platform, the launcher and the JDK. */
  static String feature(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 2
            && parts[0].equals("org")
            && parts[1].equals("cohesion")
            && USES.containsKey(parts[2])
        ? parts[2]
        : null;
  }

  static String layerOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 3 ? parts[3] : "";
  }
}
