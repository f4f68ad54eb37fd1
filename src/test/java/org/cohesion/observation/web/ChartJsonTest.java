package org.cohesion.observation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cohesion.observation.application.RankingRow;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;
import org.junit.jupiter.api.Test;

/** The chart configurations go into an inline script: no label may close it. */
class ChartJsonTest {
  private static final String ATTACK = "</script><script>window.__xss=1</script>";

  private static JsonObject read(String json) {
    return ChartJson.JSON.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aSeriesLabelIsEscapedAndReadsBackTheSame() {
    String json =
        ChartJson.lines(
            Map.of(
                ATTACK,
                List.of(
                    new ObservedValue(
                        1, 1, new Period(2008, 0), BigDecimal.TEN, ObservationStatus.NORMAL))),
            false);
    assertFalse(json.contains("<"), json);
    assertEquals(
        ATTACK,
        read(json)
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getString("label"));
  }

  @Test
  void aTerritoryNameAndTheRankingLabelAreEscaped() {
    TerritoryRef territory =
        new TerritoryRef(
            1L, "97209", "\"><img src=x onerror=alert(1)>", TerritoryLevel.COMMUNE, false);
    String json =
        ChartJson.ranking(
            List.of(new RankingRow(territory, BigDecimal.ONE, ObservationStatus.NORMAL)),
            ATTACK,
            "fr-FR");
    assertFalse(json.contains("<") || json.contains(">"), json);
    JsonObject data = read(json).getJsonObject("data");
    assertEquals(territory.name(), data.getJsonArray("labels").getString(0));
    assertEquals(ATTACK, data.getJsonArray("datasets").getJsonObject(0).getString("label"));
  }
}
