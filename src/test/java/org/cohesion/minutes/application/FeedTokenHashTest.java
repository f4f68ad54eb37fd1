package org.cohesion.minutes.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The feed's token is kept as MariaDB's SHA2(token, 256) writes it, so V6 could hash in place. */
class FeedTokenHashTest {

  @Test
  void theHashIsLowerCaseHexSha256() {
    // The FIPS 180-2 test vector for "abc".
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        MeetingCalendar.hash("abc"));
  }
}
