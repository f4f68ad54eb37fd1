package org.cohesion.observation.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of an uploaded file to text: UTF-8 with or without a BOM, UTF-16 with its BOM, else
 * Windows-1252 (the superset of Latin-1 that Excel writes in France: it has the œ of Schœlcher,
 * Latin-1 has not). Binary files (a NUL byte, or too many control characters) are refused.
 */
public final class TextDecoding {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public record Decoded(String text, Charset charset, boolean bom) {}

  private TextDecoding() {}

  /** Whether the bytes look binary: NUL bytes, or control characters beyond 1 in 100. */
  public static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    boolean utf16 =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    if (utf16) {
      return false;
    }
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
        controls++;
      }
    }
    return controls * 100 > sample;
  }

  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          true);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          true);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          true);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
    }
  }
}
