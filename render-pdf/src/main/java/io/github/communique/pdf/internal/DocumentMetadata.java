package io.github.communique.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import io.github.communique.model.Party;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementDate;
import java.nio.charset.StandardCharsets;
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

  /** XmpWriter's opening, with its defaults (UTF-8, no {@code rdf:about}). */
  private static final String XMP_HEAD =
      XmpWriter.XPACKET_PI_BEGIN
          + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
          + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";

  /** XmpWriter's closing: 20 lines of padding for in-place edits, then the writable end. */
  private static final String XMP_TAIL =
      "</rdf:RDF></x:xmpmeta>\n" + XmpWriter.EXTRASPACE.repeat(20) + XmpWriter.XPACKET_PI_END_W;

  /**
   * The packet {@code XmpWriter} would write, byte for byte, built in one buffer: its writer
   * encoded the 2 KB of padding through a fresh charset encoder on every render.
   */
  private byte[] xmp(PdfDictionary info) {
    StringBuilder xmp = new StringBuilder(XMP_HEAD.length() + XMP_TAIL.length() + 1024);
    xmp.append(XMP_HEAD);
    description(xmp, "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
    xmp.append("<dc:format>application/pdf</dc:format>");
    xmp.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    escape(xmp, statement.title()).append("</rdf:li></rdf:Alt></dc:title>");
    List<Party> parties = creators();
    if (!parties.isEmpty()) {
      xmp.append("<dc:creator><rdf:Seq>");
      for (Party p : parties) {
        escape(xmp.append("<rdf:li>"), p.name()).append("</rdf:li>");
      }
      xmp.append("</rdf:Seq></dc:creator>");
    }
    if (!subject.isEmpty()) {
      xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
      escape(xmp, subject).append("</rdf:li></rdf:Alt></dc:description>");
    }
    if (!statement.keywords().isEmpty()) {
      xmp.append("<dc:subject><rdf:Bag>");
      for (String k : statement.keywords()) {
        escape(xmp.append("<rdf:li>"), k).append("</rdf:li>");
      }
      xmp.append("</rdf:Bag></dc:subject>");
    }
    xmp.append("<dc:language><rdf:Bag><rdf:li>");
    escape(xmp, statement.language()).append("</rdf:li></rdf:Bag></dc:language>");
    statement.id().ifPresent(id -> escape(xmp.append("<dc:identifier>"), id).append("</dc:identifier>"));
    xmp.append(DESCRIPTION_END);

    description(xmp, "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
    if (!statement.keywords().isEmpty()) {
      escape(xmp.append("<pdf:Keywords>"), String.join(", ", statement.keywords()))
          .append("</pdf:Keywords>");
    }
    PdfString producer = (PdfString) info.get(PdfName.PRODUCER);
    if (producer != null) {
      escape(xmp.append("<pdf:Producer>"), producer.toUnicodeString()).append("</pdf:Producer>");
    }
    xmp.append(DESCRIPTION_END);

    description(xmp, "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
    escape(xmp.append("<xmp:CreatorTool>"), creator).append("</xmp:CreatorTool>");
    if (info.get(PdfName.CREATIONDATE) instanceof PdfDate created) {
      String w3c = created.getW3CDate();
      xmp.append("<xmp:CreateDate>").append(w3c).append("</xmp:CreateDate>");
      xmp.append("<xmp:ModifyDate>").append(w3c).append("</xmp:ModifyDate>");
      xmp.append("<xmp:MetadataDate>").append(w3c).append("</xmp:MetadataDate>");
    }
    xmp.append(DESCRIPTION_END);
    return xmp.append(XMP_TAIL).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String DESCRIPTION_END = "</rdf:Description>\n";

  // XmpWriter.addRdfDescription: the opening tag, then the content.
  private static void description(StringBuilder xmp, String xmlns) {
    xmp.append("<rdf:Description rdf:about=\"\" ").append(xmlns).append('>');
  }

  /**
   * XML text, as XmpSchema.escape writes it, without the control characters XML 1.0 cannot hold
   * and lone surrogates.
   */
  private static StringBuilder escape(StringBuilder out, String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\'' -> out.append("&apos;");
        case '"' -> out.append("&quot;");
        case '&' -> out.append("&amp;");
        default -> {
          if (c == '\t' || c == '\n' || c == '\r'
              || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)) {
            out.append(c);
          }
        }
      }
    }
    return out;
  }
}
