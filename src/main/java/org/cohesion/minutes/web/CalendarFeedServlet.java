package org.cohesion.minutes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cohesion.minutes.application.MeetingCalendar;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Ids;

/**
 * {@code /feeds/calendar.ics?token=…[&group=id]}: a member's meetings for their calendar
 * application, which subscribes without a session. An unknown token or group answers 404.
 */
@WebServlet("/feeds/calendar.ics")
public class CalendarFeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient MeetingCalendar calendar;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body;
    try {
      Long group = Ids.optional(request.getParameter("group"));
      String base =
          request.getScheme()
              + "://"
              + request.getServerName()
              + ":"
              + request.getServerPort()
              + request.getContextPath();
      body = calendar.feed(request.getParameter("token"), group, base);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Cache-Control", "private, max-age=300");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
