package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlashKeyBindingTest {

  @Test
  void anAesKeyInBase64IsKept() {
    String key = "7tC3ofTr3AnQ1N4ww2EebWZPPEc+rccRU3GT/45XCxU=";
    assertEquals(key, FlashKeyBinding.checked(key));
  }

  @Test
  void aKeyOfAnotherLengthStopsTheStartWithTheSettingNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FlashKeyBinding.checked("c2VjcmV0"));
    assertTrue(e.getMessage().contains("COHESION_FLASH_SECRET_KEY"), e.getMessage());
    assertTrue(e.getMessage().contains("6 bytes"), e.getMessage());
  }

  @Test
  void textThatIsNotBase64StopsTheStart() {
    assertThrows(IllegalStateException.class, () -> FlashKeyBinding.checked("not a key!"));
  }
}
