package org.cohesion.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CSV importer's reading of real-shaped French open-data files, and its report. */
class ObservationFileParserTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Martinique's codes as in the demo catalogue, with a few neighbourhoods of Fort-de-France. */
  static final ImportCatalogue CATALOGUE =
      new ImportCatalogue() {
        final Set<String> territories =
            Set.of("972", "97209", "97213", "97229", "QP972001", "QP972002", "FDF-VOLGA");
        final Map<String, IndicatorUnit> indicators =
            Map.of(
                "POP", IndicatorUnit.COUNT,
                "TCHOM", IndicatorUnit.PERCENT,
                "PART_MOINS20", IndicatorUnit.PERCENT,
                "ALLOC_CAF", IndicatorUnit.COUNT,
                "REV_MED", IndicatorUnit.EURO);

        @Override
        public boolean hasTerritory(String code) {
          return territories.contains(code);
        }

        @Override
        public Optional<IndicatorUnit> unitOf(String code) {
          return Optional.ofNullable(indicators.get(code));
        }
      };

  private static ParsedFile parse(byte[] bytes) {
    return new ObservationFileParser(CATALOGUE, 1024 * 1024).parse(bytes);
  }

  private static ParsedFile parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ParsedValue value(ParsedFile file, String territory, String indicator, String p) {
    return file.values().stream()
        .filter(
            v ->
                v.territoryCode().equals(territory)
                    && v.indicatorCode().equals(indicator)
                    && v.period().label().equals(p))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no value " + territory + indicator + p));
  }

  private static ImportProblem only(ParsedFile file) {
    assertEquals(1, file.problemCount(), () -> "problems: " + file.problems());
    return file.problems().get(0);
  }

  private static void assertProblem(ParsedFile file, int line, int column, String key) {
    ImportProblem p = only(file);
    assertEquals(key, p.key(), p.toString());
    assertEquals(line, p.line(), p.toString());
    assertEquals(column, p.column(), p.toString());
    assertFalse(file.isValid());
  }

  // --- good files -------------------------------------------------------------------------------

  @Test
  void readsTheInseeWideLayoutWithSemicolonsAndDecimalCommas() {
    ParsedFile file =
        parse(
            "CODGEO;LIBGEO;POP08;POP13;TCHOM08\n"
                + "97209;Fort-de-France;89 794;84 174;24,5\n"
                + "97213;Le Lamentin;39 561;40 229;\"21,3\"\n");
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(Layout.WIDE, file.layout());
    assertEquals(';', file.separator());
    assertEquals(6, file.values().size());
    assertEquals(new BigDecimal("89794"), value(file, "97209", "POP", "2008").value());
    assertEquals(new BigDecimal("84174"), value(file, "97209", "POP", "2013").value());
    assertEquals(new BigDecimal("21.3"), value(file, "97213", "TCHOM", "2008").value());
    ColumnMapping pop13 = file.columns().get(3);
    assertEquals("POP", pop13.indicatorCode());
    assertEquals(Period.year(2013), pop13.period());
    assertEquals(4, value(file, "97213", "POP", "2013").column());
    assertEquals(3, value(file, "97213", "POP", "2013").line());
  }

  @Test
  void readsPrefixedInseeVariablesAndCommaSeparatedFiles() {
    ParsedFile file = parse("CODGEO,LIBGEO,P08_POP,P99_POP\n97209,Fort-de-France,89794,94049\n");
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(',', file.separator());
    assertEquals(new BigDecimal("94049"), value(file, "97209", "POP", "1999").value());
  }

  @Test
  void readsTheLongLayoutWithStatusAndQuarters() {
    ParsedFile file =
        parse(
            "territoire;indicateur;période;valeur;statut\n"
                + "QP972001;TCHOM;2008;42,7;\n"
                + "QP972001;TCHOM;2009-T1;43,1;provisoire\n"
                + "QP972002;TCHOM;2009;s;\n"
                + "QP972002;POP;2009;1 204;secret\n");
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(Layout.LONG, file.layout());
    assertEquals(ObservationStatus.NORMAL, value(file, "QP972001", "TCHOM", "2008").status());
    ParsedValue quarter = value(file, "QP972001", "TCHOM", "2009-T1");
    assertEquals(new Period(2009, 1), quarter.period());
    assertEquals(ObservationStatus.PROVISIONAL, quarter.status());
    ParsedValue secret = value(file, "QP972002", "TCHOM", "2009");
    assertEquals(ObservationStatus.SUPPRESSED, secret.status());
    assertNull(secret.value(), "a secret value has no number, never zero");
    assertEquals(ObservationStatus.SUPPRESSED, value(file, "QP972002", "POP", "2009").status());
    assertNull(value(file, "QP972002", "POP", "2009").value());
  }

  @Test
  void suppressedCellsOfEveryKindAreSecretNotZero() {
    ParsedFile file =
        parse(
            "CODGEO;LIBGEO;POP08;POP09;POP10;POP11;POP12\n"
                + "QP972001;Volga-Plage;;s;nd;secret;ND\n");
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(5, file.values().size());
    file.values()
        .forEach(
            v -> {
              assertEquals(ObservationStatus.SUPPRESSED, v.status());
              assertNull(v.value());
            });
  }

  @Test
  void utf8WithBomAndWithoutReadSchoelcher() {
    String text = "CODGEO;LIBGEO;POP08\n97229;Schœlcher;20 845\n97213;Le Lamentin;39 561\n";
    for (byte[] bytes :
        List.of(
            text.getBytes(StandardCharsets.UTF_8),
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(UTF8)))) {
      ParsedFile file = parse(bytes);
      assertTrue(file.isValid(), file.problems()::toString);
      assertEquals(StandardCharsets.UTF_8, file.charset());
      assertEquals(new BigDecimal("20845"), value(file, "97229", "POP", "2008").value());
      assertEquals("CODGEO", file.columns().get(0).header(), "the BOM is not part of the header");
    }
  }

  @Test
  void windows1252FilesAreReadWithTheirOe() {
    // Excel's "CSV (séparateur: point-virgule)": Windows-1252, where œ is the byte 0x9C (absent
    // from Latin-1) and the non-breaking space 0xA0 separates thousands.
    String text = "CODGEO;LIBGEO;POP08;TCHOM08\n97229;Schœlcher;20\u00A0845;17,9\n";
    byte[] bytes = text.getBytes(CP1252);
    assertEquals((byte) 0x9C, bytes[text.indexOf('œ')], "the file really is Windows-1252");
    ParsedFile file = parse(bytes);
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(CP1252, file.charset());
    assertEquals(new BigDecimal("20845"), value(file, "97229", "POP", "2008").value());
    assertEquals(new BigDecimal("17.9"), value(file, "97229", "TCHOM", "2008").value());
    assertEquals("Schœlcher", TextDecoding.decode(bytes).text().split("[;\n]")[5]);
  }

  @Test
  void latin1AccentsOfLamentinAreReadToo() {
    String text = "territoire;indicateur;année;valeur\n97213;POP;2008;39 561\n";
    ParsedFile file = parse(text.getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(Layout.LONG, file.layout());
    assertEquals(new BigDecimal("39561"), value(file, "97213", "POP", "2008").value());
  }

  @Test
  void quotedFieldsMayHoldTheSeparator() {
    ParsedFile file =
        parse("CODGEO;LIBGEO;POP08\n\"97209\";\"Fort-de-France; centre\";\"89 794\"\n");
    assertTrue(file.isValid(), file.problems()::toString);
    assertEquals(new BigDecimal("89794"), value(file, "97209", "POP", "2008").value());
  }

  @Test
  void numbersAsFrenchFilesWriteThem() {
    assertEquals(new BigDecimal("1234.5"), FrenchNumbers.parse("1 234,5"));
    assertEquals(new BigDecimal("1234.5"), FrenchNumbers.parse("1\u00A0234,5"));
    assertEquals(new BigDecimal("1234.5"), FrenchNumbers.parse("1\u202F234,5"));
    assertEquals(new BigDecimal("1234.5"), FrenchNumbers.parse("1.234,5"));
    assertEquals(new BigDecimal("1234567"), FrenchNumbers.parse("1.234.567"));
    assertEquals(new BigDecimal("12.5"), FrenchNumbers.parse("12.5"));
    assertEquals(new BigDecimal("34"), FrenchNumbers.parse("34 %"));
    assertEquals(new BigDecimal("-3.2"), FrenchNumbers.parse("-3,2"));
    assertEquals(new BigDecimal("0.5"), FrenchNumbers.parse(",5"));
    assertNull(FrenchNumbers.parse("12 34"));
    assertNull(FrenchNumbers.parse("1.23.4"));
    assertNull(FrenchNumbers.parse("abc"));
    assertNull(FrenchNumbers.parse("1,2,3"));
    assertNull(FrenchNumbers.parse("12e3"));
    assertTrue(FrenchNumbers.isSuppressed(" S "));
    assertTrue(FrenchNumbers.isSuppressed("n.d."));
    assertFalse(FrenchNumbers.isSuppressed("0"));
  }

  // --- bad files: each one reported with its line and column, nothing importable
  // ------------------

  @Test
  void aWrongSeparatorOnALineIsReported() {
    ParsedFile file =
        parse("CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n97213,Lamentin,39561\n");
    assertProblem(file, 3, 1, "import.problem.wrongSeparator");
  }

  @Test
  void aFileWithoutSeparatorIsReported() {
    assertProblem(
        parse("CODGEO|LIBGEO|POP08\n97209|Fort-de-France|89794\n"),
        1,
        0,
        "import.problem.separator");
  }

  @Test
  void aFileWithoutHeaderIsReported() {
    assertProblem(
        parse("97209;Fort-de-France;89794\n97213;Lamentin;39561\n"),
        1,
        1,
        "import.problem.noHeader");
  }

  @Test
  void unknownColumnsAreReportedWithTheirColumn() {
    ParsedFile file = parse("CODGEO;LIBGEO;POP08;Commentaire\n97209;Fort-de-France;89794;x\n");
    assertProblem(file, 1, 4, "import.problem.unknownColumn");
  }

  @Test
  void unknownIndicatorsAreReportedAndOfferedForCreation() {
    ParsedFile file = parse("CODGEO;LIBGEO;POP08;NBLOGSOC08\n97209;Fort-de-France;89794;12000\n");
    assertProblem(file, 1, 4, "import.problem.unknownIndicator");
    assertEquals(Set.of("NBLOGSOC"), file.unknownIndicators());
  }

  @Test
  void anOverLongCellIsReportedWithItsLineAndColumnAndNotParsed() {
    String cell = "1".repeat(ObservationFileParser.MAX_CELL_CHARS + 1);
    ParsedFile file =
        parse(
            "CODGEO;LIBGEO;POP08;TCHOM08\n97209;Fort-de-France;89794;24,5\n97213;Le Lamentin;"
                + cell
                + ";21,3\n");
    assertProblem(file, 3, 3, "import.problem.cellTooLong");
    assertEquals(
        List.of(
            String.valueOf(ObservationFileParser.MAX_CELL_CHARS + 1),
            String.valueOf(ObservationFileParser.MAX_CELL_CHARS)),
        file.problems().get(0).args());
  }

  @Test
  void anOverLongHeaderCellStopsTheFile() {
    ParsedFile file = parse("CODGEO;LIBGEO;" + "POP".repeat(1000) + "08\n97209;Fort-de-France;1\n");
    assertProblem(file, 1, 3, "import.problem.cellTooLong");
    assertTrue(file.values().isEmpty());
  }

  @Test
  void anOverLongLineIsReported() {
    String cells = (";" + "9".repeat(ObservationFileParser.MAX_CELL_CHARS)).repeat(201);
    ParsedFile file =
        parse("CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n97213;Le Lamentin" + cells + "\n");
    assertProblem(file, 3, 0, "import.problem.lineTooLong");
  }

  @Test
  void nonNumericValuesAreReported() {
    ParsedFile file = parse("CODGEO;LIBGEO;POP08;TCHOM08\n97209;Fort-de-France;89794;vingt\n");
    assertProblem(file, 2, 4, "import.problem.notNumeric");
    assertEquals(List.of("vingt"), file.problems().get(0).args());
  }

  @Test
  void negativeCountsAreReported() {
    assertProblem(
        parse("CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n97213;Lamentin;-12\n"),
        3,
        3,
        "import.problem.negativeCount");
  }

  @Test
  void percentagesOver100AreReported() {
    assertProblem(
        parse("territoire;indicateur;periode;valeur\n97209;TCHOM;2008;100,5\n"),
        2,
        4,
        "import.problem.percentOutOfRange");
  }

  @Test
  void duplicateRowsAreReportedWithTheFirstLine() {
    ParsedFile file =
        parse(
            "territoire;indicateur;periode;valeur\n"
                + "97209;TCHOM;2008;24,5\n"
                + "97213;TCHOM;2008;21,3\n"
                + "97209;TCHOM;2008;24,6\n");
    assertProblem(file, 4, 1, "import.problem.duplicate");
    assertEquals("2", file.problems().get(0).args().get(3));
    ParsedFile wide =
        parse("CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n97209;Fort-de-France;89795\n");
    assertProblem(wide, 3, 1, "import.problem.duplicate");
  }

  @Test
  void unknownTerritoryCodesAreReported() {
    assertProblem(
        parse("CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n97299;Nulle part;1\n"),
        3,
        1,
        "import.problem.unknownTerritory");
  }

  @Test
  void emptyFilesAreReported() {
    assertProblem(parse(new byte[0]), 0, 0, "import.problem.empty");
    assertProblem(parse("\n\n  \n"), 0, 0, "import.problem.empty");
    assertProblem(
        parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), 0, 0, "import.problem.empty");
  }

  @Test
  void aHeaderWithoutDataIsReported() {
    assertProblem(parse("CODGEO;LIBGEO;POP08\n"), 1, 0, "import.problem.noData");
  }

  @Test
  void anUnclosedQuoteIsReportedNotThrown() {
    ParsedFile file = parse("CODGEO;LIBGEO;POP08\n97209;\"Fort-de-France;89794\n");
    assertEquals("import.problem.malformed", file.problems().get(file.problems().size() - 1).key());
    assertFalse(file.isValid());
  }

  @Test
  void binaryFilesAreRefused() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'l', '/'};
    assertProblem(parse(zip), 0, 0, "import.problem.binary");
  }

  @Test
  void filesOverTheLimitAreRefusedBeforeReading() {
    byte[] big = new byte[2048];
    ParsedFile file = new ObservationFileParser(CATALOGUE, 1024).parse(big);
    assertProblem(file, 0, 0, "import.problem.tooLarge");
  }

  @Test
  void badPeriodsAndStatusesInTheLongLayout() {
    ParsedFile file =
        parse(
            "territoire;indicateur;periode;valeur;statut\n"
                + "97209;TCHOM;2008-T5;24,5;\n"
                + "97213;TCHOM;2008;21,3;peut-être\n");
    assertEquals(2, file.problemCount(), file.problems()::toString);
    assertEquals("import.problem.badPeriod", file.problems().get(0).key());
    assertEquals(3, file.problems().get(0).column());
    assertEquals("import.problem.badStatus", file.problems().get(1).key());
    assertEquals(5, file.problems().get(1).column());
  }

  @Test
  void everyProblemOfAFileIsListedNotOnlyTheFirst() {
    ParsedFile file =
        parse(
            "CODGEO;LIBGEO;POP08;TCHOM08\n"
                + "97209;Fort-de-France;x;12\n"
                + "97213;Lamentin;-1;120\n"
                + "97299;Ailleurs;1;1\n");
    assertEquals(4, file.problemCount(), file.problems()::toString);
    assertEquals(
        List.of("2:3", "3:3", "3:4", "4:1"),
        file.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
  }

  @Test
  void periodsAreReadInTheirUsualForms() {
    assertEquals(Optional.of(new Period(2009, 2)), Period.parse("2009T2"));
    assertEquals(Optional.of(new Period(2009, 2)), Period.parse("2009-Q2"));
    assertEquals(Optional.of(Period.year(2009)), Period.parse(" 2009 "));
    assertEquals(Optional.empty(), Period.parse("09"));
    assertEquals(Period.year(1999), Period.ofTwoDigits(99));
    assertEquals(Period.year(2008), Period.ofTwoDigits(8));
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
