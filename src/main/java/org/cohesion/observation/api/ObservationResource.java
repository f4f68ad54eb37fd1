package org.cohesion.observation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.GroupDashboard;
import org.cohesion.observation.application.ImportProgress;
import org.cohesion.observation.application.IndicatorDashboard;
import org.cohesion.observation.application.IndicatorLine;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.observation.application.RankingRow;
import org.cohesion.observation.application.Series;
import org.cohesion.observation.application.TerritoryDashboard;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.observation.web.PeriodParameter;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.cohesion.platform.web.BadRequestException;
import org.cohesion.platform.web.Parameters;

/**
 * The observatory over HTTP: the progress of an import (polled by the import page) and every
 * dashboard as CSV. The CSV is the long layout of the importer ({@code
 * territoire;libelle;indicateur;periode;valeur;statut}, UTF-8 with BOM, {@code ;}, decimal commas),
 * so an export can be imported again. The services check the caller, as for the pages.
 */
@Path("observation")
@RequestScoped
public class ObservationResource {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} looks the provider up again at every call (a
   * service-loader scan), which cost seconds on a page of 40 charts.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  @Inject ObservationImports imports;
  @Inject Dashboards dashboards;
  @Inject Catalogue catalogue;

  @GET
  @Path("imports/{id}/progress")
  @Produces(MediaType.APPLICATION_JSON)
  public Response progress(@PathParam("id") long batchId) {
    return answer(
        () -> {
          ImportProgress.Status s =
              imports.progress(batchId).orElse(new ImportProgress.Status(0, 0, "WAITING"));
          return Response.ok(
                  JSON.createObjectBuilder()
                      .add("done", s.done())
                      .add("total", s.total())
                      .add("percent", s.percent())
                      .add("phase", s.phase())
                      .build())
              .build();
        });
  }

  @GET
  @Path("territories/{code}/dashboard.csv")
  public Response territory(@PathParam("code") String code) {
    return answer(
        () -> {
          TerritoryDashboard d = dashboards.territory(code);
          Map<String, String[]> rows = new LinkedHashMap<>();
          for (IndicatorLine line : d.lines()) {
            add(rows, d.territory(), line.indicator(), line.series());
            if (d.commune() != null) {
              add(rows, d.commune(), line.indicator(), line.communeSeries());
            }
            if (d.martinique() != null) {
              add(rows, d.martinique(), line.indicator(), line.martiniqueSeries());
            }
          }
          return csv(rows, "territoire-" + d.territory().code());
        });
  }

  @GET
  @Path("indicators/{code}/dashboard.csv")
  public Response indicator(
      @PathParam("code") String code,
      @QueryParam("period") String period,
      @QueryParam("level") String level,
      @QueryParam("t") List<String> territories) {
    return answer(
        () -> {
          IndicatorDashboard d =
              dashboards.indicator(
                  Parameters.bounded("code", code),
                  PeriodParameter.read(period),
                  level(Parameters.bounded("level", level)),
                  Parameters.bounded("t", territories));
          Map<String, String[]> rows = new LinkedHashMap<>();
          for (RankingRow r : d.ranking()) {
            put(rows, r.territory(), d.indicator(), d.period(), r.value(), r.status());
          }
          for (Series s : d.series()) {
            add(rows, s.territory(), d.indicator(), s.values());
          }
          return csv(rows, "indicateur-" + d.indicator().getCode());
        });
  }

  @GET
  @Path("groups/{id}/dashboard.csv")
  public Response group(@PathParam("id") long groupId) {
    return answer(
        () -> {
          GroupDashboard d = dashboards.group(groupId);
          Map<String, String[]> rows = new LinkedHashMap<>();
          for (TerritoryRef t : d.territories()) {
            for (Indicator i : d.indicators()) {
              ObservedValue v = d.latest(t.id(), i.getId());
              if (v != null) {
                put(rows, t, i, v.period(), v.value(), v.status());
              }
            }
          }
          return csv(rows, "groupe-" + groupId);
        });
  }

  private static TerritoryLevel level(String text) {
    try {
      return text == null || text.isBlank() ? null : TerritoryLevel.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void add(
      Map<String, String[]> rows, TerritoryRef t, Indicator i, List<ObservedValue> values) {
    for (ObservedValue v : values) {
      put(rows, t, i, v.period(), v.value(), v.status());
    }
  }

  private static void put(
      Map<String, String[]> rows,
      TerritoryRef t,
      Indicator i,
      Period period,
      BigDecimal value,
      ObservationStatus status) {
    if (period == null) {
      return;
    }
    String number =
        status == ObservationStatus.SUPPRESSED || value == null
            ? "secret"
            : value.stripTrailingZeros().toPlainString().replace('.', ',');
    rows.putIfAbsent(
        t.code() + "|" + i.getCode() + "|" + period.label(),
        new String[] {
          t.code(), cell(t.name()), i.getCode(), period.label(), number, status.name()
        });
  }

  /** A leading =, +, - or @ would make a spreadsheet read a formula: such text is quoted. */
  static String cell(String text) {
    if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static Response csv(Map<String, String[]> rows, String name) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      csv.printRecord("territoire", "libelle", "indicateur", "periode", "valeur", "statut");
      for (String[] row : rows.values()) {
        csv.printRecord((Object[]) row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String file = name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv";
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  private static Response answer(Supplier<Response> work) {
    try {
      return work.get();
    } catch (AuthenticationRequiredException e) {
      return Response.status(Response.Status.UNAUTHORIZED).build();
    } catch (AccessDeniedException e) {
      return Response.status(Response.Status.FORBIDDEN).build();
    } catch (NotFoundException e) {
      return Response.status(Response.Status.NOT_FOUND).build();
    } catch (BadRequestException e) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
  }
}
