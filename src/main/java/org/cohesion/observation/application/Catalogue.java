package org.cohesion.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.Territory;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.search.SearchOutbox;

/**
 * The territories and the indicator catalogue: read by every signed-in member (network data);
 * indicators created and boundaries loaded by those who import (staff, administrators, leads).
 */
@ApplicationScoped
@Transactional
public class Catalogue {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} looks the provider up again at every call (a
   * service-loader scan), which cost seconds on a page of 40 charts.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  /** Property names under which a GeoJSON feature may carry its territory's code. */
  private static final List<String> CODE_PROPERTIES =
      List.of("code", "CODGEO", "codgeo", "code_insee", "INSEE_COM", "CODE_QP", "code_qp", "id");

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject ObservationCallers callers;
  @Inject AuditLog audit;
  @Inject Validator validator;

  public List<TerritoryRef> territories() {
    callers.require();
    return refs();
  }

  List<TerritoryRef> refs() {
    return em.createQuery(
            "SELECT NEW org.cohesion.observation.domain.TerritoryRef(t.id, t.code, t.name, t.level,"
                + " t.demo) FROM Territory t ORDER BY t.level, t.name",
            TerritoryRef.class)
        .getResultList();
  }

  /** How many territories a search offers at most. */
  public static final int SEARCH_LIMIT = 20;

  /**
   * The territories whose name or code contains {@code text} (two characters at least), for the
   * pickers: at most {@link #SEARCH_LIMIT}, communes before their districts.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TerritoryRef> searchTerritories(String text) {
    callers.require();
    String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.observation.domain.TerritoryRef(t.id, t.code, t.name, t.level,"
                + " t.demo) FROM Territory t WHERE LOWER(t.name) LIKE :q OR LOWER(t.code) LIKE :q"
                + " ORDER BY t.level, t.name",
            TerritoryRef.class)
        .setParameter(
            "q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .setMaxResults(SEARCH_LIMIT)
        .getResultList();
  }

  public List<Indicator> indicators() {
    callers.require();
    return em.createNamedQuery("Indicator.listAll", Indicator.class).getResultList();
  }

  public Territory territory(String code) {
    callers.require();
    return findTerritory(code);
  }

  public Indicator indicator(String code) {
    callers.require();
    return findIndicator(code);
  }

  Territory findTerritory(String code) {
    return em.createNamedQuery("Territory.findByCode", Territory.class)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  Indicator findIndicator(String code) {
    return em.createNamedQuery("Indicator.findByCode", Indicator.class)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  /** Adds an indicator to the catalogue (offered by the import preview for an unknown code). */
  public long createIndicator(IndicatorForm form) {
    callers.requireImporter();
    Constraints.check(validator, form);
    long same =
        em.createQuery("SELECT COUNT(i) FROM Indicator i WHERE i.code = :c", Long.class)
            .setParameter("c", form.getCode().strip())
            .getSingleResult();
    if (same > 0) {
      throw new DomainException("indicator.codeTaken");
    }
    Indicator indicator =
        new Indicator(form.getCode(), form.getLabelFr(), form.getLabelEn(), form.getUnit())
            .describe(
                form.getDefinition(), form.getSource(), form.getHigherIsBetter(), form.getTheme());
    em.persist(indicator);
    em.flush();
    audit.record("INDICATOR_CREATED", "indicator", indicator.getId(), indicator.getCode());
    searchOutbox.changed(ObservationSearchSources.Indicators.KIND, indicator.getId());
    return indicator.getId();
  }

  /**
   * Loads boundaries from a GeoJSON FeatureCollection: each feature whose properties name a known
   * territory code is stored on that territory. Answers how many territories got one.
   */
  public int importBoundaries(byte[] geoJson, boolean schematic) {
    callers.requireImporter();
    JsonObject root;
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(geoJson))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new DomainException("boundary.notGeoJson");
    }
    List<JsonObject> features = new ArrayList<>();
    if ("FeatureCollection".equals(root.getString("type", ""))) {
      for (JsonValue f : root.getJsonArray("features")) {
        features.add(f.asJsonObject());
      }
    } else if ("Feature".equals(root.getString("type", ""))) {
      features.add(root);
    } else {
      throw new DomainException("boundary.notGeoJson");
    }
    int matched = 0;
    for (JsonObject feature : features) {
      Optional<String> code = codeOf(feature);
      if (code.isEmpty() || !feature.containsKey("geometry")) {
        continue;
      }
      Optional<Territory> territory =
          em.createNamedQuery("Territory.findByCode", Territory.class)
              .setParameter("code", code.get())
              .getResultStream()
              .findFirst();
      if (territory.isPresent()) {
        territory.get().drawBoundary(feature.toString(), schematic);
        matched++;
      }
    }
    if (matched == 0) {
      throw new DomainException("boundary.noneMatched");
    }
    audit.record("BOUNDARIES_IMPORTED", "territory", null, matched + " territories");
    return matched;
  }

  private static Optional<String> codeOf(JsonObject feature) {
    JsonObject properties =
        feature.containsKey("properties")
                && feature.get("properties").getValueType() == JsonValue.ValueType.OBJECT
            ? feature.getJsonObject("properties")
            : JsonValue.EMPTY_JSON_OBJECT;
    for (String name : CODE_PROPERTIES) {
      if (properties.containsKey(name)) {
        JsonValue v = properties.get(name);
        return Optional.of(
            v.getValueType() == JsonValue.ValueType.STRING
                ? properties.getString(name)
                : v.toString());
      }
    }
    return Optional.empty();
  }
}
