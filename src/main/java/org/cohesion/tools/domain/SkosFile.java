package org.cohesion.tools.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * A thesaurus as SKOS (Turtle or RDF/XML), read and written with Eclipse RDF4J, and checked in the
 * manner of qSKOS before anything is written: syntax, a concept without a French preferred label or
 * with two in one language, a label both preferred and alternative, a concept both related to and
 * above or below another, a link to a resource the file does not define as a concept, a malformed
 * or missing language tag, a cycle of broader links, two concepts with the same French preferred
 * label. Each problem names its concept and the line where it was read. Pure Java, no server.
 */
public final class SkosFile {

  /** A concept as the file describes it; labels by language, links by IRI. */
  public record ConceptData(
      String uri,
      Map<String, String> prefLabels,
      Map<String, Set<String>> altLabels,
      Map<String, String> notes,
      Set<String> broader,
      Set<String> related) {}

  /** One problem of the file: its message key, the concept (IRI) and line it concerns, details. */
  public record Problem(String key, String concept, long line, String detail) {}

  /**
   * What was read: the concepts in the file's order, and its problems (none: it may be imported).
   */
  public record Parsed(List<ConceptData> concepts, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private SkosFile() {}

  public static Optional<RDFFormat> format(String name) {
    return Rio.getParserFormatForFileName(name == null ? "" : name)
        .filter(f -> f.equals(RDFFormat.TURTLE) || f.equals(RDFFormat.RDFXML));
  }

  public static Parsed parse(byte[] content, RDFFormat format) {
    List<Problem> problems = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    Map<Statement, Long> lines = new HashMap<>();
    long[] line = {0};
    RDFParser parser = Rio.createParser(format);
    parser.setParseLocationListener((l, c) -> line[0] = l);
    parser.setRDFHandler(
        new AbstractRDFHandler() {
          @Override
          public void handleStatement(Statement st) throws RDFHandlerException {
            statements.add(st);
            lines.putIfAbsent(st, line[0]);
          }
        });
    try {
      parser.parse(new ByteArrayInputStream(content), "urn:cohesion:import:");
    } catch (RDFParseException e) {
      problems.add(new Problem("skos.syntax", null, e.getLineNumber(), e.getMessage()));
      return new Parsed(List.of(), problems);
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem("skos.syntax", null, line[0], e.getMessage()));
      return new Parsed(List.of(), problems);
    }
    return check(statements, lines, problems);
  }

  private static Parsed check(
      List<Statement> statements, Map<Statement, Long> lines, List<Problem> problems) {
    Map<String, Long> declared = new LinkedHashMap<>();
    for (Statement st : statements) {
      if (st.getPredicate().equals(RDF.TYPE) && st.getObject().equals(SKOS.CONCEPT)) {
        declared.putIfAbsent(st.getSubject().stringValue(), lines.get(st));
      }
    }
    Map<String, Builder> builders = new LinkedHashMap<>();
    declared.forEach((uri, l) -> builders.put(uri, new Builder(uri, l)));
    for (Statement st : statements) {
      String s = st.getSubject().stringValue();
      long l = lines.get(st);
      IRI p = st.getPredicate();
      Value o = st.getObject();
      Builder b = builders.get(s);
      if (p.equals(SKOS.NARROWER)) {
        // narrower is broader read the other way: the narrower concept gets the link.
        Builder target = builders.get(o.stringValue());
        if (b == null || target == null) {
          problems.add(
              new Problem("skos.undefined", b == null ? s : o.stringValue(), l, o.stringValue()));
        } else {
          target.broader.add(s);
        }
        continue;
      }
      if (b == null) {
        continue;
      }
      if (p.equals(SKOS.PREF_LABEL)
          || p.equals(SKOS.ALT_LABEL)
          || p.equals(SKOS.DEFINITION)
          || p.equals(SKOS.SCOPE_NOTE)) {
        Optional<String> lang = o instanceof Literal lit ? lit.getLanguage() : Optional.empty();
        if (lang.isEmpty() || !Languages.isWellFormed(lang.get())) {
          problems.add(new Problem("skos.badLanguage", s, l, o.stringValue()));
          continue;
        }
        String tag = Languages.require(lang.get());
        String text = o.stringValue().strip();
        if (p.equals(SKOS.PREF_LABEL)) {
          String before = b.pref.putIfAbsent(tag, text);
          if (before != null && !before.equals(text)) {
            problems.add(
                new Problem("skos.duplicatePrefLabel", s, l, tag + ": " + before + " / " + text));
          }
        } else if (p.equals(SKOS.ALT_LABEL)) {
          b.alt.computeIfAbsent(tag, k -> new TreeSet<>()).add(text);
        } else {
          b.notes.putIfAbsent(tag, text);
        }
      } else if (p.equals(SKOS.BROADER) || p.equals(SKOS.RELATED)) {
        if (!declared.containsKey(o.stringValue())) {
          problems.add(new Problem("skos.undefined", s, l, o.stringValue()));
        } else if (p.equals(SKOS.BROADER)) {
          b.broader.add(o.stringValue());
        } else {
          b.related.add(o.stringValue());
          builders.get(o.stringValue()).related.add(s);
        }
      }
    }
    Map<String, String> byFrenchLabel = new HashMap<>();
    for (Builder b : builders.values()) {
      String fr = b.pref.get("fr");
      if (fr == null) {
        problems.add(new Problem("skos.missingPrefLabel", b.uri, b.line, ""));
      } else {
        String other = byFrenchLabel.putIfAbsent(fr.toLowerCase(java.util.Locale.ROOT), b.uri);
        if (other != null) {
          problems.add(new Problem("skos.samePrefLabel", b.uri, b.line, fr + " = " + other));
        }
      }
      for (Map.Entry<String, Set<String>> alt : b.alt.entrySet()) {
        for (String a : alt.getValue()) {
          if (b.pref.values().stream().anyMatch(a::equalsIgnoreCase)) {
            problems.add(new Problem("skos.labelTwice", b.uri, b.line, a));
          }
        }
      }
      for (String r : b.related) {
        if (above(builders, b.uri, r) || above(builders, r, b.uri)) {
          problems.add(new Problem("skos.relatedAndBroader", b.uri, b.line, r));
        }
      }
    }
    for (Builder b : builders.values()) {
      if (above(builders, b.uri, b.uri)) {
        problems.add(new Problem("skos.cycle", b.uri, b.line, ""));
      }
    }
    List<ConceptData> concepts =
        builders.values().stream()
            .map(
                b ->
                    new ConceptData(
                        b.uri,
                        Map.copyOf(b.pref),
                        Map.copyOf(b.alt),
                        Map.copyOf(b.notes),
                        Set.copyOf(b.broader),
                        Set.copyOf(b.related)))
            .toList();
    return new Parsed(concepts, problems);
  }

  /** Whether {@code ancestor} is reached from {@code uri} by one or more broader links. */
  private static boolean above(Map<String, Builder> all, String uri, String ancestor) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(all.get(uri).broader);
    while (!todo.isEmpty()) {
      String c = todo.remove(todo.size() - 1);
      if (c.equals(ancestor)) {
        return true;
      }
      if (seen.add(c) && all.containsKey(c)) {
        todo.addAll(all.get(c).broader);
      }
    }
    return false;
  }

  /**
   * Writes concepts as SKOS in a stable order (concepts by IRI, labels sorted), so that the same
   * thesaurus always gives the same file: an export, re-imported and exported again, is identical.
   */
  public static String write(String schemeUri, Collection<ConceptData> concepts, RDFFormat format) {
    Model model = new LinkedHashModel();
    model.setNamespace(SKOS.NS);
    IRI scheme = VF.createIRI(schemeUri);
    model.add(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME);
    List<ConceptData> sorted =
        concepts.stream().sorted(Comparator.comparing(ConceptData::uri)).toList();
    for (ConceptData c : sorted) {
      Resource s = VF.createIRI(c.uri());
      model.add(s, RDF.TYPE, SKOS.CONCEPT);
      model.add(s, SKOS.IN_SCHEME, scheme);
      new TreeMap<>(c.prefLabels())
          .forEach((lang, text) -> model.add(s, SKOS.PREF_LABEL, VF.createLiteral(text, lang)));
      new TreeMap<>(c.altLabels())
          .forEach(
              (lang, texts) ->
                  new TreeSet<>(texts)
                      .forEach(t -> model.add(s, SKOS.ALT_LABEL, VF.createLiteral(t, lang))));
      new TreeMap<>(c.notes())
          .forEach((lang, text) -> model.add(s, SKOS.DEFINITION, VF.createLiteral(text, lang)));
      new TreeSet<>(c.broader()).forEach(b -> model.add(s, SKOS.BROADER, VF.createIRI(b)));
      new TreeSet<>(c.related()).forEach(r -> model.add(s, SKOS.RELATED, VF.createIRI(r)));
    }
    StringWriter out = new StringWriter();
    Rio.write(model, out, format);
    return out.toString();
  }

  private static final class Builder {
    final String uri;
    final long line;
    final Map<String, String> pref = new TreeMap<>();
    final Map<String, Set<String>> alt = new TreeMap<>();
    final Map<String, String> notes = new TreeMap<>();
    final Set<String> broader = new TreeSet<>();
    final Set<String> related = new TreeSet<>();

    Builder(String uri, long line) {
      this.uri = uri;
      this.line = line;
    }
  }
}
