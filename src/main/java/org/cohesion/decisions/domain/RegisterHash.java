package org.cohesion.decisions.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a register entry: SHA-256 over the previous entry's hash and a canonical
 * serialisation of the entry's content. Each field is written as {@code name=length:value} (or
 * {@code name=~} when absent) on its own line, so no two different contents serialise alike.
 */
public final class RegisterHash {
  /** The "previous hash" of the first entry of a chain. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "cohesion-register-v1";

  private RegisterHash() {}

  public static String of(String previousHash, EntryContent c) {
    StringBuilder s = new StringBuilder(512);
    s.append(VERSION).append('\n');
    field(s, "prev", previousHash);
    field(s, "body", c.bodyId());
    field(s, "seq", c.chainSeq());
    field(s, "kind", c.kind());
    field(s, "number", c.decisionNo());
    field(s, "corrects", c.correctsId());
    field(s, "meeting", c.meetingId());
    field(s, "heldOn", c.heldOn());
    field(s, "title", c.title());
    field(s, "text", c.text());
    field(s, "type", c.decisionType());
    field(s, "unanimous", c.unanimous());
    field(s, "for", c.votesFor());
    field(s, "against", c.votesAgainst());
    field(s, "abstentions", c.abstentions());
    field(s, "themes", c.themes());
    field(s, "minutes", c.minutesRef());
    field(s, "documents", c.documents());
    field(s, "public", c.publicEntry());
    field(s, "responsible", c.responsibleId());
    field(s, "due", c.dueOn());
    field(s, "status", c.status());
    field(s, "note", c.note());
    field(s, "at", c.recordedAt());
    field(s, "by", c.recordedBy());
    field(s, "demo", c.demo());
    return sha256(s.toString());
  }

  private static void field(StringBuilder s, String name, Object value) {
    s.append(name).append('=');
    if (value == null) {
      s.append('~');
    } else {
      String text = value.toString();
      s.append(text.length()).append(':').append(text);
    }
    s.append('\n');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
