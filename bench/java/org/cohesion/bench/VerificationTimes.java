package org.cohesion.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own times of its last register verifications (a measurement, not a test; see
 * bench/register.sh): {@code RegisterVerification} writes each one to the audit log as « intact in
 * N ms », timed around the JDBC work alone, without the HTTP call and the JSON. Prints them, oldest
 * first, then their median.
 *
 * <p>Usage: VerificationTimes JDBC_URL USER PASSWORD COUNT
 */
public final class VerificationTimes {

  private static final Pattern MS = Pattern.compile(" in (\\d+) ms");

  private VerificationTimes() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[3]);
    List<Long> times = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT detail FROM audit_event WHERE action = 'REGISTER_VERIFIED'"
                    + " ORDER BY id DESC LIMIT ?")) {
      s.setInt(1, count);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Matcher m = MS.matcher(rs.getString(1));
          if (!m.find()) {
            throw new IllegalStateException("no time in the audit detail: " + rs.getString(1));
          }
          times.add(0, Long.parseLong(m.group(1)));
        }
      }
    }
    if (times.size() < count) {
      throw new IllegalStateException("only " + times.size() + " verifications in the audit log");
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("median %d ms (runs %s)%n", sorted.get(sorted.size() / 2), times);
  }
}
