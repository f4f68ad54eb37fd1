package org.cohesion.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen as a plain {@link DataSource}, so that Payara makes a local (non-XA)
 * pool of it. Payara picks the pool's kind from the interfaces of the class named in {@link
 * Database}: {@code MariaDbDataSource} also implements {@code XADataSource}, which gives an XA pool
 * and XA START/END/COMMIT around every transaction although there is one resource; the driver class
 * {@code org.mariadb.jdbc.Driver} would give a plain pool, but Payara loads a driver from the
 * server's class path, not from the war. Payara sets the properties through these setters.
 */
public class LocalMariaDbDataSource implements DataSource {
  private final MariaDbDataSource target = new MariaDbDataSource();

  /**
   * A database that does not answer should fail a request quickly (a 503 page), not hold it for the
   * driver's 30 s default: unless the URL says otherwise, a connection attempt gives up after
   * {@value #CONNECT_TIMEOUT_MILLIS} ms.
   */
  static final int CONNECT_TIMEOUT_MILLIS = 5000;

  public void setUrl(String url) throws SQLException {
    target.setUrl(withConnectTimeout(url));
  }

  static String withConnectTimeout(String url) {
    if (url == null || url.contains("connectTimeout=")) {
      return url;
    }
    return url + (url.indexOf('?') < 0 ? "?" : "&") + "connectTimeout=" + CONNECT_TIMEOUT_MILLIS;
  }

  public String getUrl() {
    return target.getUrl();
  }

  public void setUser(String user) throws SQLException {
    target.setUser(user);
  }

  public String getUser() {
    return target.getUser();
  }

  public void setPassword(String password) throws SQLException {
    target.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target.isWrapperFor(type);
  }
}
