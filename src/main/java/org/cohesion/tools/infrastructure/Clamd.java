package org.cohesion.tools.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client of ClamAV's daemon over TCP with its {@code INSTREAM} command: the bytes go to clamd in
 * chunks (a 4-byte big-endian length before each, a zero length to end), clamd answers one line,
 * {@code stream: OK} or {@code stream: <signature> FOUND}. No client library of clamd is kept on
 * Maven Central; the protocol is these few lines. Every answer that is neither (an error, a closed
 * socket, a time-out) is an {@link IOException}: the caller keeps the file in quarantine and asks
 * again later, never takes it for clean.
 */
public final class Clamd {

  /** What clamd said of a content. */
  public record Verdict(boolean infected, String signature) {}

  private static final int CHUNK = 64 * 1024;

  private final String host;
  private final int port;
  private final int timeoutMillis;

  public Clamd(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  public Verdict scan(byte[] content) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      for (int at = 0; at < content.length; at += CHUNK) {
        int n = Math.min(CHUNK, content.length - at);
        out.writeInt(n);
        out.write(content, at, n);
      }
      out.writeInt(0);
      out.flush();
      return verdict(readReply(socket.getInputStream()));
    }
  }

  /** Whether clamd answers {@code PING}. */
  public boolean ping() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
      return "PONG".equals(readReply(socket.getInputStream()));
    } catch (IOException e) {
      return false;
    }
  }

  static Verdict verdict(String reply) throws IOException {
    if (reply.endsWith(" OK") || reply.equals("OK")) {
      return new Verdict(false, null);
    }
    if (reply.endsWith(" FOUND")) {
      String body = reply.substring(0, reply.length() - " FOUND".length());
      int colon = body.indexOf(": ");
      return new Verdict(true, colon < 0 ? body : body.substring(colon + 2));
    }
    throw new IOException("clamd answered: " + reply);
  }

  private static String readReply(InputStream in) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) > 0) {
      if (reply.size() > 4096) {
        throw new IOException("clamd's answer is too long");
      }
      reply.write(b);
    }
    return reply.toString(StandardCharsets.US_ASCII).strip();
  }
}
