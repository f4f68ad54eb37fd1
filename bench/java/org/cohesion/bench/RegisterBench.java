package org.cohesion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohesion.decisions.domain.EntryContent;
import org.cohesion.decisions.domain.RegisterHash;
import org.cohesion.decisions.infrastructure.RegisterVerifier;

/**
 * Benchmark data and figures for the decision register (a measurement, not a test; see
 * bench/register.sh): appends {@code decisions} decisions to the CA's chain, each followed by
 * follow-up notes, up to {@code entries} entries in all, with correct hashes, straight in SQL; then
 * times the verification of every chain five times and prints the median.
 *
 * <p>Usage: RegisterBench JDBC_URL USER PASSWORD ENTRIES DECISIONS
 */
public final class RegisterBench {

  private RegisterBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    int entries = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    int decisions = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
    int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      long t0 = System.nanoTime();
      generate(c, entries, decisions);
      System.out.printf(
          "generated %d decisions and %d entries in %d ms%n",
          decisions, entries, (System.nanoTime() - t0) / 1_000_000);
      List<Long> times = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < warmups + 5; i++) {
        long s = System.nanoTime();
        var reports = RegisterVerifier.verify(c, null);
        long ms = (System.nanoTime() - s) / 1_000_000;
        if (i >= warmups) {
          times.add(ms); // the first runs warm up the JIT and MariaDB's buffer pool
        }
        total = reports.stream().mapToLong(r -> r.entries()).sum();
        if (i == 0) {
          reports.forEach(System.out::println);
        }
      }
      Collections.sort(times);
      System.out.printf(
          "verification of %d entries: median %d ms (runs %s)%n", total, times.get(2), times);
    }
  }

  private static void generate(Connection c, int entries, int decisions) throws Exception {
    c.setAutoCommit(false);
    long bodyId;
    long memberId;
    try (Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT id FROM body WHERE code = 'CA'");
      rs.next();
      bodyId = rs.getLong(1);
      rs = s.executeQuery("SELECT MIN(id) FROM member");
      rs.next();
      memberId = rs.getLong(1);
    }
    long meetingId;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO meeting (body_id, starts_at, ends_at, title, electorate, created_by)"
                + " VALUES (?, ?, ?, ?, 7, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setLong(1, bodyId);
      p.setObject(2, LocalDate.of(2040, 1, 15).atStartOfDay());
      p.setObject(3, LocalDate.of(2040, 1, 16).atStartOfDay());
      p.setString(4, "Conseil d'administration (banc d'essai)");
      p.setLong(5, memberId);
      p.executeUpdate();
      ResultSet k = p.getGeneratedKeys();
      k.next();
      meetingId = k.getLong(1);
    }
    long seq = 0;
    String prev = RegisterHash.GENESIS;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT chain_seq, hash FROM register_entry WHERE body_id = "
                    + bodyId
                    + " ORDER BY chain_seq DESC LIMIT 1")) {
      if (rs.next()) {
        seq = rs.getLong(1);
        prev = rs.getString(2);
      }
    }
    int perDecision = Math.max(1, entries / decisions);
    LocalDate heldOn = LocalDate.of(2040, 1, 15);
    String[] types = {"DELIBERATION", "OPINION", "BUDGET", "APPOINTMENT", "PROGRAMME_VALIDATION"};
    try (PreparedStatement d =
            c.prepareStatement(
                "INSERT INTO decision (body_id, meeting_id, number, year, seq, held_on, title, text,"
                    + " decision_type, unanimous, votes_for, votes_against, abstentions,"
                    + " public_decision, due_on, status, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 7, 0, 0, ?, ?, 'TODO', NOW(3))");
        PreparedStatement e =
            c.prepareStatement(
                "INSERT INTO register_entry (body_id, chain_seq, kind, decision_no, meeting_id,"
                    + " held_on, title, text, decision_type, unanimous, votes_for, votes_against,"
                    + " abstentions, themes, public_entry, due_on, status, note, recorded_at,"
                    + " recorded_by, demo, prev_hash, hash)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int written = 0;
      for (int i = 0; i < decisions; i++) {
        int year = 2040 + i / 1000;
        String number = String.format("CA-%d-%02d", year, i % 1000 + 1);
        String title = "Décision de banc d'essai n° " + i;
        String text =
            "Le conseil d'administration adopte la mesure "
                + i
                + " relative à l'observation des territoires et à l'évaluation des CUCS.";
        String type = types[i % types.length];
        boolean pub = i % 3 == 0;
        LocalDate due = heldOn.plusDays(30 + i % 400);
        d.setLong(1, bodyId);
        d.setLong(2, meetingId);
        d.setString(3, number);
        d.setInt(4, year);
        d.setInt(5, i % 1000 + 1);
        d.setObject(6, heldOn);
        d.setString(7, title);
        d.setString(8, text);
        d.setString(9, type);
        d.setBoolean(10, pub);
        d.setObject(11, due);
        d.addBatch();
        int count = i == decisions - 1 ? entries - written : perDecision;
        for (int k = 0; k < count; k++) {
          seq++;
          long at = 2_208_988_800_000L + seq * 1000;
          EntryContent content =
              k == 0
                  ? new EntryContent(
                      bodyId,
                      seq,
                      "RECORDED",
                      number,
                      null,
                      meetingId,
                      heldOn,
                      title,
                      text,
                      type,
                      true,
                      7,
                      0,
                      0,
                      "",
                      null,
                      null,
                      pub,
                      null,
                      due,
                      "TODO",
                      null,
                      at,
                      memberId,
                      false)
                  : new EntryContent(
                      bodyId,
                      seq,
                      "NOTE",
                      number,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      "Note de suivi " + k + " de la décision " + number,
                      at,
                      memberId,
                      false);
          String hash = RegisterHash.of(prev, content);
          e.setLong(1, bodyId);
          e.setLong(2, seq);
          e.setString(3, content.kind());
          e.setString(4, number);
          e.setObject(5, content.meetingId());
          e.setObject(6, content.heldOn());
          e.setString(7, content.title());
          e.setString(8, content.text());
          e.setString(9, content.decisionType());
          e.setObject(10, content.unanimous());
          e.setObject(11, content.votesFor());
          e.setObject(12, content.votesAgainst());
          e.setObject(13, content.abstentions());
          e.setString(14, content.themes());
          e.setObject(15, content.publicEntry());
          e.setObject(16, content.dueOn());
          e.setString(17, content.status());
          e.setString(18, content.note());
          e.setLong(19, at);
          e.setLong(20, memberId);
          e.setBoolean(21, false);
          e.setString(22, prev);
          e.setString(23, hash);
          e.addBatch();
          prev = hash;
          written++;
        }
        if (i % 500 == 499) {
          d.executeBatch();
          e.executeBatch();
          c.commit();
        }
      }
      d.executeBatch();
      e.executeBatch();
      c.commit();
    }
    c.setAutoCommit(true);
  }
}
