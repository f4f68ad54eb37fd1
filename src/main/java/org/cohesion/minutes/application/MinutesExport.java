package org.cohesion.minutes.application;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cohesion.decisions.domain.Attendance;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.domain.ApprovalVote;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.platform.domain.DomainException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Approved minutes as PDF: the meeting, who attended, the text, the approvers with the dates of
 * their approval, and the fingerprint of the approved text. The page is built as XHTML with jsoup
 * (the text is already sanitised) and laid out by openhtmltopdf.
 */
@ApplicationScoped
@Transactional
public class MinutesExport {

  private static final String STYLE =
      "@page { size: A4; margin: 2cm; @bottom-center { content: counter(page) ' / '"
          + " counter(pages); font-size: 9pt; } }"
          + " body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }"
          + " h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 1px solid #999; }"
          + " table { border-collapse: collapse; width: 100%; }"
          + " td, th { border: 1px solid #bbb; padding: 3px 6px; text-align: left; }"
          + " .meta { color: #444; } .fingerprint { font-family: monospace; font-size: 9pt;"
          + " word-wrap: break-word; }";

  @PersistenceContext EntityManager em;
  @Inject MinutesCallers callers;

  public byte[] pdf(long minutesId, Locale locale) {
    var signed = callers.require();
    Minutes minutes = callers.readableMinutes(minutesId, signed.caller());
    if (minutes.getStatus() != MinutesStatus.APPROVED) {
      throw new DomainException("minutes.pdf.notApproved");
    }
    List<ApprovalVote> approvals =
        em.createNamedQuery("ApprovalVote.ofRound", ApprovalVote.class)
            .setParameter("minutesId", minutesId)
            .setParameter("round", minutes.getRound())
            .getResultStream()
            .filter(v -> v.getChoice() == VoteChoice.APPROVE)
            .toList();
    return render(minutes, minutes.getHead().text(), approvals, locale);
  }

  static byte[] render(
      Minutes minutes, MinutesText text, List<ApprovalVote> approvals, Locale locale) {
    ResourceBundle msg = ResourceBundle.getBundle("messages", locale);
    DateTimeFormatter dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(Meeting.ZONE);
    Meeting meeting = minutes.getMeeting();
    Document doc = Jsoup.parse("<html><head></head><body></body></html>");
    doc.head().appendElement("meta").attr("charset", "UTF-8");
    doc.head().appendElement("title").text(meeting.getTitle());
    doc.head().appendElement("style").appendText(STYLE);
    Element body = doc.body();
    body.appendElement("h1")
        .text(MessageFormat.format(msg.getString("minutes.pdf.title"), meeting.getTitle()));
    String owner =
        meeting.isOfGroup() ? meeting.getGroup().getName() : meeting.getBody().name(locale);
    body.appendElement("p").addClass("meta").text(owner);
    body.appendElement("p")
        .addClass("meta")
        .text(
            dateTime.format(meeting.getStartsAt().atZone(Meeting.ZONE))
                + (meeting.getPlace() == null ? "" : " — " + meeting.getPlace()));
    if (minutes.getEdition() > 1) {
      body.appendElement("p")
          .addClass("meta")
          .text(MessageFormat.format(msg.getString("minutes.pdf.edition"), minutes.getEdition()));
    }
    body.appendElement("h2").text(msg.getString("minutes.pdf.attendance"));
    Element table = body.appendElement("table");
    for (Attendance invitation : meeting.getInvitations()) {
      Element row = table.appendElement("tr");
      row.appendElement("td").text(invitation.getMember().getFullName());
      row.appendElement("td")
          .text(
              msg.getString("attendance." + invitation.getPresence().name())
                  + (invitation.getProxyHolder() == null
                      ? ""
                      : " — " + invitation.getProxyHolder().getFullName()));
    }
    for (Section section : text.sections()) {
      body.appendElement("h2").text(section.title());
      for (String block : section.blocks()) {
        body.append(block);
      }
    }
    body.appendElement("h2").text(msg.getString("minutes.pdf.approval"));
    Element list = body.appendElement("ul");
    for (ApprovalVote vote : approvals) {
      list.appendElement("li")
          .text(vote.getMember().getFullName() + " — " + dateTime.format(vote.getVotedAt()));
    }
    body.appendElement("p")
        .text(
            MessageFormat.format(
                msg.getString("minutes.pdf.approvedAt"), dateTime.format(minutes.getApprovedAt())));
    body.appendElement("p").text(msg.getString("minutes.pdf.fingerprint"));
    body.appendElement("p").addClass("fingerprint").text(minutes.getFingerprint());
    doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
