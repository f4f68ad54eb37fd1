package org.cohesion.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server and how mail is sent, from MicroProfile Config: COHESION_MAIL_ENABLED,
 * COHESION_MAIL_HOST… as environment variables, or -Dcohesion.mail.enabled=… (defaults in
 * META-INF/microprofile-config.properties; mail is off unless switched on).
 */
@ApplicationScoped
public class MailSettings {
  /** Connect, read and write time limits: a silent server never holds the relay for long. */
  private static final String TIMEOUT_MS = "15000";

  @Inject
  @ConfigProperty(name = "cohesion.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "cohesion.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "cohesion.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "cohesion.mail.from", defaultValue = "Cohésion <noreply@cohesion.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "cohesion.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "cohesion.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "cohesion.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "cohesion.mail.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "cohesion.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  public boolean enabled() {
    return enabled;
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  /** The absolute address of a path of the application, for emails. */
  public String absolute(String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + path;
  }

  /** The sender, its display name encoded for the headers ("Cohésion" is not ASCII). */
  InternetAddress sender() throws AddressException {
    InternetAddress parsed = new InternetAddress(from, false);
    if (parsed.getPersonal() == null) {
      return parsed;
    }
    try {
      return new InternetAddress(
          parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      return parsed;
    }
  }

  Session session() {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    props.put("mail.smtp.timeout", TIMEOUT_MS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MS);
    props.put("mail.mime.charset", StandardCharsets.UTF_8.name());
    if (starttls) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    String user = username.filter(u -> !u.isBlank()).orElse(null);
    if (user == null) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    String secret = password.orElse("");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, secret);
          }
        });
  }
}
