package io.github.communique.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import io.github.communique.model.Party;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

/**
 * The document information dictionary, the XMP packet, the language and viewer preferences, and,
 * in deterministic mode, the dates and the document ID.
 *
 * <p>OpenPDF 2.0.5 stamps the clock into {@code /CreationDate} when it creates its document and
 * writes a random {@code /ID} (from the time and free memory) at close, unless the information
 * dictionary holds a {@code /FileId} entry ({@code PdfWriter.close}). So in deterministic mode the
 * dates are overwritten with the statement's own date (midnight UTC when it has no time; left out
 * when it has no date, rather than inventing one), and {@link #finish} puts a {@code /FileId}
 * derived from a fingerprint ({@link DigestingStream}) of everything written so far plus the XMP packet; OpenPDF then writes
 * it as the trailer's {@code /ID} (and leaves the harmless {@code /FileId} key in the dictionary).
 */
final class DocumentMetadata {
  private final Statement statement;
  private final boolean deterministic;
  private final String creator;
  private final String subject;
  private final Optional<ZonedDateTime> date;
  private byte[] xmp = new byte[0];

  DocumentMetadata(Statement statement, String subject, String creator, boolean deterministic) {
    this.statement = statement;
    this.deterministic = deterministic;
    this.creator = creator;
    this.subject = subject;
    this.date = statement.date().map(DocumentMetadata::instant);
  }

  private static ZonedDateTime instant(StatementDate date) {
    return date.date()
        .atTime(date.time().orElse(LocalTime.MIDNIGHT))
        .atZone(date.zone().orElse(ZoneOffset.UTC));
  }

  /** Sets what is known before the first page; call before {@code Document.open()}. */
  void begin(Document document, PdfWriter writer) {
    document.addTitle(statement.title());
    String author = author();
    if (!author.isEmpty()) {
      document.addAuthor(author);
    }
    if (!subject.isEmpty()) {
      document.addSubject(subject);
    }
    if (!statement.keywords().isEmpty()) {
      document.addKeywords(String.join(", ", statement.keywords()));
    }
    document.addCreator(creator);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(statement.language()));
    writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    PdfDictionary info = writer.getInfo();
    if (deterministic) {
      info.remove(PdfName.CREATIONDATE);
      date.ifPresent(
          d -> {
            PdfDate pdfDate = new PdfDate(GregorianCalendar.from(d));
            info.put(PdfName.CREATIONDATE, pdfDate);
            info.put(PdfName.MODDATE, pdfDate);
          });
    }
  }

  /** Writes the XMP packet from the information set by {@link #begin}. */
  void writeXmp(PdfWriter writer) {
    xmp = xmp(writer.getInfo());
    writer.setXmpMetadata(xmp);
  }

  /**
   * Called when every page is written and before OpenPDF writes fonts, outlines and the trailer:
   * returns the digest that the document ID and the font subset tags derive from.
   */
  byte[] finish(PdfWriter writer, DigestingStream written) {
    written.update(xmp, 0, xmp.length);
    byte[] digest = written.stop();
    if (deterministic) {
      byte[] id = digest;
      writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }
    return digest;
  }

  /** The issuers' names, or when none are named the authors': "Green Alliance, Maria Keller". */
  private String author() {
    return Bylines.names(creators(), ", ");
  }

  private List<Party> creators() {
    return statement.issuers().isEmpty() ? statement.authors() : statement.issuers();
  }

  private byte[] xmp(PdfDictionary info) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XmpWriter writer = new XmpWriter(bytes);
      StringBuilder dc = new StringBuilder("<dc:format>application/pdf</dc:format>");
      dc.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(statement.title()))
          .append("</rdf:li></rdf:Alt></dc:title>");
      List<Party> parties = creators();
      if (!parties.isEmpty()) {
        dc.append("<dc:creator><rdf:Seq>");
        parties.forEach(p -> dc.append("<rdf:li>").append(escape(p.name())).append("</rdf:li>"));
        dc.append("</rdf:Seq></dc:creator>");
      }
      if (!subject.isEmpty()) {
        dc.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
            .append(escape(subject))
            .append("</rdf:li></rdf:Alt></dc:description>");
      }
      if (!statement.keywords().isEmpty()) {
        dc.append("<dc:subject><rdf:Bag>");
        statement.keywords().forEach(k -> dc.append("<rdf:li>").append(escape(k)).append("</rdf:li>"));
        dc.append("</rdf:Bag></dc:subject>");
      }
      dc.append("<dc:language><rdf:Bag><rdf:li>")
          .append(escape(statement.language()))
          .append("</rdf:li></rdf:Bag></dc:language>");
      statement.id().ifPresent(id -> dc.append("<dc:identifier>").append(escape(id)).append("</dc:identifier>"));
      writer.addRdfDescription("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", dc.toString());

      StringBuilder pdf = new StringBuilder();
      if (!statement.keywords().isEmpty()) {
        pdf.append("<pdf:Keywords>").append(escape(String.join(", ", statement.keywords())))
            .append("</pdf:Keywords>");
      }
      PdfString producer = (PdfString) info.get(PdfName.PRODUCER);
      if (producer != null) {
        pdf.append("<pdf:Producer>").append(escape(producer.toUnicodeString())).append("</pdf:Producer>");
      }
      writer.addRdfDescription("xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"", pdf.toString());

      StringBuilder basic = new StringBuilder("<xmp:CreatorTool>").append(escape(creator))
          .append("</xmp:CreatorTool>");
      if (info.get(PdfName.CREATIONDATE) instanceof PdfDate created) {
        String w3c = created.getW3CDate();
        basic.append("<xmp:CreateDate>").append(w3c).append("</xmp:CreateDate>");
        basic.append("<xmp:ModifyDate>").append(w3c).append("</xmp:ModifyDate>");
        basic.append("<xmp:MetadataDate>").append(w3c).append("</xmp:MetadataDate>");
      }
      writer.addRdfDescription("xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"", basic.toString());
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("writing XMP to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
  private static String escape(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        .filter(c -> c < 0xD800 || c > 0xDFFF)
        .forEach(clean::appendCodePoint);
    return XmpSchema.escape(clean.toString());
  }
}
