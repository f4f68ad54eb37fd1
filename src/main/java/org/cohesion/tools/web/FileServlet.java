package org.cohesion.tools.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.shiro.web.util.WebUtils;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.cohesion.platform.security.ClientAddress;
import org.cohesion.platform.web.Ids;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Download;
import org.cohesion.tools.application.FileUnavailableException;

/**
 * {@code /tools/file/<version id>}: a version's file, always as an attachment (never rendered by
 * the browser) with a safe name and {@code nosniff}; {@code /tools/file/<version id>/preview}: the
 * PNG of a PDF's first page, made by the server, not counted. Open to anyone in Shiro's rules
 * (public documents need no account): {@link Documents} decides for each version, and a document
 * one may not read answers 404 (or the sign-in page to someone not signed in). One URL pattern:
 * Arquillian's Payara container reads the servlets' mappings from Payara's listing, one pattern a
 * servlet.
 */
@WebServlet("/tools/file/*")
public class FileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Robots and link previewers: served, never counted. */
  private static final Pattern ROBOT =
      Pattern.compile(
          "(?i).*(bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|wget|curl).*");

  /** Request attribute that tells the 503 page a file, not the database, is unavailable. */
  public static final String FILE_UNAVAILABLE = "cohesion.fileUnavailable";

  @Inject transient Documents documents;
  @Inject transient ClientAddress addresses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    boolean preview = path.endsWith("/preview");
    try {
      long versionId = Ids.required(preview ? path.substring(0, path.length() - 8) : path);
      if (preview) {
        preview(versionId, response);
      } else {
        file(versionId, request, response);
      }
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (AuthenticationRequiredException e) {
      // As Shiro does for its own pages: back to this file once signed in.
      WebUtils.saveRequest(request);
      WebUtils.issueRedirect(request, response, "/login.xhtml");
    } catch (DomainException e) {
      // In quarantine until the virus scanner says clean: not served yet.
      response.sendError(HttpServletResponse.SC_CONFLICT);
    } catch (FileUnavailableException e) {
      // The store could not give the bytes (opened before any was sent): a page saying so, in the
      // reader's language, instead of a broken download.
      if (!response.isCommitted()) {
        response.reset();
        request.setAttribute(FILE_UNAVAILABLE, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    }
  }

  private void file(long versionId, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String agent = request.getHeader("User-Agent");
    boolean robot = agent == null || ROBOT.matcher(agent).matches();
    String reader = org.cohesion.tools.domain.Readers.anonymous(addresses.of(request), agent);
    Download d = documents.open(versionId, reader, robot);
    response.setContentType(d.mediaType());
    response.setContentLengthLong(d.size());
    response.setHeader("Content-Disposition", attachment(d.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    documents.send(d, response.getOutputStream());
  }

  private void preview(long versionId, HttpServletResponse response) throws IOException {
    Optional<byte[]> png = documents.preview(versionId);
    if (png.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setContentLength(png.get().length);
    response.setHeader("Content-Disposition", "inline; filename=\"preview.png\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(png.get());
  }

  /**
   * {@code attachment} with an ASCII fallback name (anything else replaced by {@code _}) and the
   * real name in RFC 5987's {@code filename*}. The stored name is already safe; this keeps quotes
   * and control characters out of the header whatever it holds.
   */
  static String attachment(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._()-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
