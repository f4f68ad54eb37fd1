package org.cohesion.decisions.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.decisions.infrastructure.RegisterVerifier;

/**
 * Verifies the decision register straight from MariaDB, without the application:
 *
 * <pre>
 * java -cp target/cohesion/WEB-INF/classes:target/cohesion/WEB-INF/lib/mariadb-java-client-3.5.7.jar \
 *   org.cohesion.decisions.cli.VerifyRegister jdbc:mariadb://localhost:3306/cohesion cohesion PASSWORD
 * </pre>
 *
 * The password may also come from the environment variable COHESION_DB_PASSWORD. Prints one line
 * per body; exits 0 when every chain is intact, 2 when one is not, 1 on a usage or connection
 * error.
 */
public final class VerifyRegister {

  private VerifyRegister() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: VerifyRegister JDBC_URL USER [PASSWORD]");
      System.exit(1);
    }
    String password = args.length > 2 ? args[2] : System.getenv("COHESION_DB_PASSWORD");
    long started = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(args[0], args[1], password)) {
      connection.setReadOnly(true);
      List<ChainReport> reports = RegisterVerifier.verify(connection, null);
      reports.forEach(System.out::println);
      System.out.printf("(%d ms)%n", (System.nanoTime() - started) / 1_000_000);
      System.exit(reports.stream().allMatch(ChainReport::intact) ? 0 : 2);
    } catch (Exception e) {
      System.err.println("Cannot verify the register: " + e.getMessage());
      System.exit(1);
    }
  }
}
