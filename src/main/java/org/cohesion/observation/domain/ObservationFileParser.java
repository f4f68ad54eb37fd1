package org.cohesion.observation.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of observations the way French open data writes them, and reports every problem
 * with its line and column. Plain Java: no database, no server. The caller gives what it knows of
 * the catalogue ({@link ImportCatalogue}); nothing is written here.
 *
 * <p>Two layouts: INSEE's wide one ({@code CODGEO;LIBGEO;POP08;TCHOM08}, or {@code P08_POP}), and
 * the long one ({@code territoire;indicateur;periode;valeur[;statut][;source]}).
 */
public final class ObservationFileParser {

  public static final int MAX_PROBLEMS = 1000;
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /**
   * The longest cell read: far above any code, number, period or source, and what keeps the work
   * per cell (normalising, matching a column name, reading a number) small whatever the file holds.
   * commons-csv has no such limit of its own, so every record is checked before it is used.
   */
  public static final int MAX_CELL_CHARS = 500;

  /**
   * The longest record (line), cells and separators together: INSEE's widest files stay well under.
   */
  public static final int MAX_LINE_CHARS = 100_000;

  private static final Set<String> KEY_COLUMNS =
      Set.of("codgeo", "code", "code_geo", "codeqp", "code_qp", "depcom", "codgeo_qp", "com");
  private static final Set<String> LABEL_COLUMNS =
      Set.of("libgeo", "libelle", "lib", "nom", "name", "label", "libqp", "lib_qp", "libcom");
  private static final Map<String, String> LONG_COLUMNS = new HashMap<>();
  private static final Pattern SUFFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_]*?)_?(\\d{2})");
  private static final Pattern PREFIXED = Pattern.compile("[PCpc](\\d{2})_([A-Za-z0-9_]+)");

  static {
    for (String s : List.of("territoire", "territory", "codgeo", "code_territoire", "code")) {
      LONG_COLUMNS.put(s, "territory");
    }
    for (String s : List.of("indicateur", "indicator", "variable", "code_indicateur")) {
      LONG_COLUMNS.put(s, "indicator");
    }
    for (String s : List.of("periode", "period", "annee", "year", "date")) {
      LONG_COLUMNS.put(s, "period");
    }
    for (String s : List.of("valeur", "value")) {
      LONG_COLUMNS.put(s, "value");
    }
    for (String s : List.of("statut", "status")) {
      LONG_COLUMNS.put(s, "status");
    }
    for (String s : List.of("source")) {
      LONG_COLUMNS.put(s, "source");
    }
    for (String s : LABEL_COLUMNS) {
      LONG_COLUMNS.putIfAbsent(s, "label");
    }
  }

  private final ImportCatalogue catalogue;
  private final long maxBytes;

  private final List<ImportProblem> problems = new ArrayList<>();
  private int problemCount;

  public ObservationFileParser(ImportCatalogue catalogue, long maxBytes) {
    this.catalogue = catalogue;
    this.maxBytes = maxBytes;
  }

  public ParsedFile parse(byte[] bytes) {
    problems.clear();
    problemCount = 0;
    if (bytes.length > maxBytes) {
      problem(0, 0, "import.problem.tooLarge", bytes.length / 1024, maxBytes / 1024);
      return empty(null, ';');
    }
    if (TextDecoding.looksBinary(bytes)) {
      problem(0, 0, "import.problem.binary");
      return empty(null, ';');
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      problem(0, 0, "import.problem.empty");
      return empty(decoded.charset(), ';');
    }
    char separator = detectSeparator(firstLine(text));
    // Records are read one at a time (never all of them at once): a 50 MB file keeps only its
    // values.
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator)
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(text))) {
      Iterator<CSVRecord> rows = csv.iterator();
      if (!rows.hasNext()) {
        problem(0, 0, "import.problem.empty");
        return empty(decoded.charset(), separator);
      }
      CSVRecord header = rows.next();
      int headerLine = (int) header.getRecordNumber();
      if (overLong(header)) {
        return empty(decoded.charset(), separator);
      }
      if (header.size() < 2) {
        problem(headerLine, 0, "import.problem.separator");
        return empty(decoded.charset(), separator);
      }
      List<String> names = new ArrayList<>();
      header.forEach(h -> names.add(normalise(h)));
      if (looksLikeData(header)) {
        problem(headerLine, 1, "import.problem.noHeader");
        return empty(decoded.charset(), separator);
      }
      if (!rows.hasNext()) {
        problem(headerLine, 0, "import.problem.noData");
      }
      boolean isLong =
          names.stream().map(LONG_COLUMNS::get).filter(r -> r != null).distinct().count() >= 4
              && names.stream().anyMatch(n -> "value".equals(LONG_COLUMNS.get(n)));
      if (isLong) {
        return parseLong(rows, header, names, decoded.charset(), separator);
      }
      if (!KEY_COLUMNS.contains(names.get(0))) {
        problem(headerLine, 1, "import.problem.noKeyColumn", header.get(0));
        return empty(decoded.charset(), separator);
      }
      return parseWide(rows, header, names, decoded.charset(), separator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException e) {
      problem(0, 0, "import.problem.malformed", String.valueOf(e.getMessage()));
      return empty(decoded.charset(), separator);
    }
  }

  private ParsedFile parseWide(
      Iterator<CSVRecord> rows,
      CSVRecord header,
      List<String> names,
      Charset charset,
      char separator) {
    int headerLine = (int) header.getRecordNumber();
    List<ColumnMapping> columns = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    Map<String, Integer> seenColumns = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String raw = header.get(c);
      String name = names.get(c);
      if (c == 0 || LABEL_COLUMNS.contains(name)) {
        columns.add(new ColumnMapping(c + 1, raw, null, null, true));
        continue;
      }
      Optional<String[]> split = splitVariable(raw);
      if (split.isEmpty()) {
        problem(headerLine, c + 1, "import.problem.unknownColumn", raw);
        columns.add(new ColumnMapping(c + 1, raw, null, null, false));
        continue;
      }
      String code = split.get()[0];
      Period period = Period.ofTwoDigits(Integer.parseInt(split.get()[1]));
      Integer before = seenColumns.put(code + "|" + period, c + 1);
      if (before != null) {
        problem(headerLine, c + 1, "import.problem.duplicateColumn", raw, before);
      }
      boolean known = catalogue.unitOf(code).isPresent();
      if (!known) {
        unknown.add(code);
        problem(headerLine, c + 1, "import.problem.unknownIndicator", code);
      }
      columns.add(new ColumnMapping(c + 1, raw, code, period, known));
    }
    List<ParsedValue> values = new ArrayList<>();
    Map<String, Integer> seenRows = new HashMap<>();
    int dataLines = 0;
    while (rows.hasNext()) {
      CSVRecord record = rows.next();
      dataLines++;
      int line = (int) record.getRecordNumber();
      if (overLong(record) || !sameWidth(record, header.size(), separator)) {
        continue;
      }
      String territory = record.get(0);
      if (territory.isEmpty()) {
        problem(line, 1, "import.problem.noTerritory");
        continue;
      }
      if (!catalogue.hasTerritory(territory)) {
        problem(line, 1, "import.problem.unknownTerritory", territory);
        continue;
      }
      Integer first = seenRows.put(territory, line);
      if (first != null) {
        problem(line, 1, "import.problem.duplicate", territory, "*", "*", first);
        continue;
      }
      for (ColumnMapping column : columns) {
        if (!column.isValueColumn()) {
          continue;
        }
        String cell = record.get(column.column() - 1);
        ParsedValue value =
            value(
                territory,
                column.indicatorCode(),
                column.period(),
                cell,
                null,
                null,
                line,
                column.column());
        if (value != null) {
          values.add(value);
        }
      }
    }
    return result(Layout.WIDE, separator, charset, columns, values, unknown, dataLines);
  }

  private ParsedFile parseLong(
      Iterator<CSVRecord> rows,
      CSVRecord header,
      List<String> names,
      Charset charset,
      char separator) {
    int headerLine = (int) header.getRecordNumber();
    Map<String, Integer> roles = new HashMap<>();
    List<ColumnMapping> columns = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      String role = LONG_COLUMNS.get(names.get(c));
      if (role == null) {
        problem(headerLine, c + 1, "import.problem.unknownColumn", header.get(c));
      } else if (!"label".equals(role) && roles.putIfAbsent(role, c) != null) {
        problem(headerLine, c + 1, "import.problem.duplicateColumn", header.get(c), 0);
      }
      columns.add(new ColumnMapping(c + 1, header.get(c), null, null, role != null));
    }
    for (String required : List.of("territory", "indicator", "period", "value")) {
      if (!roles.containsKey(required)) {
        problem(headerLine, 0, "import.problem.missingColumn", required);
      }
    }
    if (problemCount > 0) {
      return result(Layout.LONG, separator, charset, columns, List.of(), Set.of(), 0);
    }
    int ct = roles.get("territory");
    int ci = roles.get("indicator");
    int cp = roles.get("period");
    int cv = roles.get("value");
    Integer cs = roles.get("status");
    Integer cso = roles.get("source");
    Set<String> unknown = new LinkedHashSet<>();
    List<ParsedValue> values = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int dataLines = 0;
    while (rows.hasNext()) {
      CSVRecord record = rows.next();
      dataLines++;
      int line = (int) record.getRecordNumber();
      if (overLong(record) || !sameWidth(record, header.size(), separator)) {
        continue;
      }
      String territory = record.get(ct);
      String indicator = record.get(ci).toUpperCase(Locale.ROOT);
      boolean ok = true;
      if (territory.isEmpty()) {
        problem(line, ct + 1, "import.problem.noTerritory");
        ok = false;
      } else if (!catalogue.hasTerritory(territory)) {
        problem(line, ct + 1, "import.problem.unknownTerritory", territory);
        ok = false;
      }
      if (indicator.isEmpty() || catalogue.unitOf(indicator).isEmpty()) {
        if (!indicator.isEmpty()) {
          unknown.add(indicator);
        }
        problem(line, ci + 1, "import.problem.unknownIndicator", indicator);
        ok = false;
      }
      Optional<Period> period = Period.parse(record.get(cp));
      if (period.isEmpty()) {
        problem(line, cp + 1, "import.problem.badPeriod", record.get(cp));
        ok = false;
      }
      if (!ok) {
        continue;
      }
      String key = territory + "|" + indicator + "|" + period.get();
      Integer first = seen.put(key, line);
      if (first != null) {
        problem(line, 1, "import.problem.duplicate", territory, indicator, period.get(), first);
        continue;
      }
      ObservationStatus status = null;
      if (cs != null) {
        status = status(record.get(cs));
        if (status == null) {
          problem(line, cs + 1, "import.problem.badStatus", record.get(cs));
          continue;
        }
      }
      String source = cso == null || record.get(cso).isEmpty() ? null : record.get(cso);
      ParsedValue value =
          value(territory, indicator, period.get(), record.get(cv), status, source, line, cv + 1);
      if (value != null) {
        values.add(value);
      }
    }
    return result(Layout.LONG, separator, charset, columns, values, unknown, dataLines);
  }

  private ParsedValue value(
      String territory,
      String indicator,
      Period period,
      String cell,
      ObservationStatus given,
      String source,
      int line,
      int column) {
    Optional<IndicatorUnit> unit = catalogue.unitOf(indicator);
    if (FrenchNumbers.isSuppressed(cell) || given == ObservationStatus.SUPPRESSED) {
      return new ParsedValue(
          territory, indicator, period, null, ObservationStatus.SUPPRESSED, line, column, source);
    }
    BigDecimal number = FrenchNumbers.parse(cell);
    if (number == null) {
      problem(line, column, "import.problem.notNumeric", abbreviate(cell));
      return null;
    }
    if (number.abs().compareTo(new BigDecimal("99999999999999")) > 0 || number.scale() > 4) {
      number = number.setScale(Math.min(number.scale(), 4), java.math.RoundingMode.HALF_UP);
      if (number.abs().compareTo(new BigDecimal("99999999999999")) > 0) {
        problem(line, column, "import.problem.tooBig", abbreviate(cell));
        return null;
      }
    }
    if (unit.isPresent()) {
      String range = unit.get().rangeProblem(number);
      if (range != null) {
        problem(line, column, range, abbreviate(cell));
        return null;
      }
    }
    return new ParsedValue(
        territory,
        indicator,
        period,
        number,
        given == null ? ObservationStatus.NORMAL : given,
        line,
        column,
        source);
  }

  /** Reports the first over-long cell, or the line if it is over-long as a whole. */
  private boolean overLong(CSVRecord record) {
    int line = (int) record.getRecordNumber();
    long total = Math.max(0, record.size() - 1);
    for (int c = 0; c < record.size(); c++) {
      int length = record.get(c).length();
      if (length > MAX_CELL_CHARS) {
        problem(line, c + 1, "import.problem.cellTooLong", length, MAX_CELL_CHARS);
        return true;
      }
      total += length;
    }
    if (total > MAX_LINE_CHARS) {
      problem(line, 0, "import.problem.lineTooLong", total, MAX_LINE_CHARS);
      return true;
    }
    return false;
  }

  private boolean sameWidth(CSVRecord record, int width, char separator) {
    if (record.size() == width) {
      return true;
    }
    int line = (int) record.getRecordNumber();
    String other = separator == ';' ? "," : ";";
    if (record.size() == 1 && record.get(0).contains(other)) {
      problem(line, 1, "import.problem.wrongSeparator", String.valueOf(separator), other);
    } else {
      problem(
          line,
          Math.min(record.size(), width) + 1,
          "import.problem.columnCount",
          width,
          record.size());
    }
    return false;
  }

  /** {@code POP08} → POP/08, {@code TCHOM_08} → TCHOM/08, {@code P08_POP} → POP/08. */
  static Optional<String[]> splitVariable(String header) {
    String h = header.strip();
    Matcher prefixed = PREFIXED.matcher(h);
    if (prefixed.matches()) {
      return Optional.of(
          new String[] {prefixed.group(2).toUpperCase(Locale.ROOT), prefixed.group(1)});
    }
    Matcher suffixed = SUFFIXED.matcher(h);
    if (suffixed.matches()) {
      return Optional.of(
          new String[] {suffixed.group(1).toUpperCase(Locale.ROOT), suffixed.group(2)});
    }
    return Optional.empty();
  }

  private boolean looksLikeData(CSVRecord header) {
    for (String cell : header) {
      if (!cell.isEmpty()
          && (FrenchNumbers.parse(cell) != null || catalogue.hasTerritory(cell.strip()))) {
        return true;
      }
    }
    return false;
  }

  static ObservationStatus status(String cell) {
    String s = normalise(cell);
    return switch (s) {
      case "", "normal", "n", "definitif", "d", "final" -> ObservationStatus.NORMAL;
      case "provisoire", "p", "provisional", "estime", "e" -> ObservationStatus.PROVISIONAL;
      case "secret", "s", "suppressed", "nd", "confidentiel", "c" -> ObservationStatus.SUPPRESSED;
      default -> null;
    };
  }

  static char detectSeparator(String headerLine) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char ch : headerLine.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (ch == ';') {
          semicolons++;
        } else if (ch == ',') {
          commas++;
        } else if (ch == '\t') {
          tabs++;
        }
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return commas > semicolons ? ',' : ';';
  }

  /** The first non-blank line, found without splitting the whole file (up to 50 MB) into lines. */
  private static String firstLine(String text) {
    int from = 0;
    while (from < text.length()) {
      int end = from;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(from, Math.min(end, from + MAX_LINE_CHARS));
      if (!line.isBlank()) {
        return line;
      }
      from = end + 1;
    }
    return "";
  }

  static String normalise(String header) {
    String s = Normalizer.normalize(header == null ? "" : header.strip(), Normalizer.Form.NFD);
    return s.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  private static String abbreviate(String cell) {
    return cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
  }

  private void problem(int line, int column, String key, Object... args) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(ImportProblem.of(line, column, key, args));
    }
  }

  private ParsedFile empty(Charset charset, char separator) {
    return result(null, separator, charset, List.of(), List.of(), Set.of(), 0);
  }

  private ParsedFile result(
      Layout layout,
      char separator,
      Charset charset,
      List<ColumnMapping> columns,
      List<ParsedValue> values,
      Set<String> unknown,
      int dataLines) {
    return new ParsedFile(
        layout,
        separator,
        charset,
        List.copyOf(columns),
        List.copyOf(values),
        List.copyOf(problems),
        problemCount,
        java.util.Collections.unmodifiableSet(new LinkedHashSet<>(unknown)),
        dataLines);
  }
}
