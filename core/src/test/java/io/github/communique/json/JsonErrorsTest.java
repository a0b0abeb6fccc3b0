package io.github.communique.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.communique.model.Block;
import io.github.communique.model.Statement;
import io.github.communique.model.StatementFormatException;
import io.github.communique.validate.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message a reader of a bad statement can see, with its line, column and JSON pointer. The
 * inputs are written with single quotes for readability; {@link #error} turns them into double
 * quotes (no input holds an apostrophe).
 */
class JsonErrorsTest {
  private static final String HEAD = "{'format': 'communique/1', 'title': 't', ";

  private static StatementFormatException error(String json) {
    return error(StatementJson.create(), json);
  }

  private static StatementFormatException error(StatementJson reader, String json) {
    String input = json.replace('\'', '"');
    StatementFormatException e =
        catchThrowableOfType(StatementFormatException.class, () -> reader.read(input, "in.json"));
    assertThat(e).as("reading %s", input).isNotNull();
    return e;
  }

  /** Checks the location, the pointer (null: none) and the full wording. */
  private static void assertError(
      String json, int line, int column, String pointer, String problem) {
    assertError(error(json), line, column, pointer, problem);
  }

  private static void assertError(
      StatementFormatException e, int line, int column, String pointer, String problem) {
    assertThat(e.source()).isEqualTo("in.json");
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.pointer()).as("pointer").isEqualTo(Optional.ofNullable(pointer));
    String where =
        "in.json" + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "");
    boolean showsPointer = pointer != null && !pointer.isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(where + (showsPointer ? " (at " + pointer + ")" : "") + ": " + problem);
  }

  @Nested
  class Syntax {
    @Test
    void emptyInput() {
      assertError(
          "", 1, 0, "", "the input is empty: a statement is a JSON object that starts with {");
    }

    @Test
    void notAnObject() {
      assertError(
          "['title']",
          1,
          1,
          "",
          "a statement file holds one JSON object ({ \"format\": \"communique/1\", \"title\":"
              + " ... }), not an array");
    }

    @Test
    void commaAfterTheLastField() {
      assertError(
          HEAD + "}",
          1,
          42,
          "/title",
          "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to"
              + " start field name (a comma after the last field of an object, or a field name"
              + " without double quotes?)");
    }

    @Test
    void commaAfterTheLastItem() {
      assertError(
          HEAD + "'keywords': ['a',]}",
          1,
          59,
          "/keywords/1",
          "malformed JSON: Unexpected character (']' (code 93)): expected a valid value (JSON"
              + " String, Number, Array, Object or token 'null', 'true' or 'false') (a comma after"
              + " the last item of an array, or a string without double quotes?)");
    }

    @Test
    void comment() {
      assertError(
          "{'format': 'communique/1', // the version\n'title': 't'}",
          1,
          28,
          "/format",
          "malformed JSON: a comment (// or /*): JSON has no comments, remove it");
    }

    @Test
    void textWithoutQuotes() {
      assertError(
          HEAD + "'keywords': [a]}",
          1,
          55,
          "/keywords/0",
          "malformed JSON: Unrecognized token 'a': was expecting (JSON String, Number, Array,"
              + " Object or token 'null', 'true' or 'false')");
    }

    @Test
    void documentCutOffInsideAnArray() {
      assertError(
          HEAD + "\n'body': [{'type': 'paragraph', 'content': ['a']}",
          2,
          49,
          "/body/0",
          "the document ends before the array that starts at line 2, column 9 is closed: add the"
              + " missing ] (or the text after it that was cut off)");
    }

    @Test
    void documentCutOffInsideAString() {
      assertError(
          "{'format': 'communique/1', 'title': 'Budget",
          1,
          44,
          "/title",
          "the document ends inside a string: add the closing \" (or the text after it that was"
              + " cut off)");
    }

    @Test
    void secondObjectAfterTheStatement() {
      assertError(
          "{'format': 'communique/1', 'title': 't'}\n{}",
          2,
          1,
          "",
          "found an object after the end of the statement: a file holds exactly one statement"
              + " object");
    }

    @Test
    void strayClosingBracket() {
      assertError(
          "{'format': 'communique/1', 'title': 't'}]",
          1,
          41,
          "",
          "malformed JSON: Unexpected close marker ']': no open Array to close");
    }

    @Test
    void bytesThatAreNotUtf8() throws Exception {
      byte[] bytes = "{\"format\": \"communique/1\", \"title\": \"caf\u00e9\"}"
          .getBytes(StandardCharsets.ISO_8859_1);
      StatementFormatException e =
          catchThrowableOfType(
              StatementFormatException.class,
              () -> StatementJson.create().read(new ByteArrayInputStream(bytes), "in.json"));
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.pointer()).contains("/title");
      assertThat(e.getMessage())
          .startsWith("in.json:1:")
          .contains("malformed JSON: Invalid UTF-8 middle byte");
    }
  }

  @Nested
  class Version {
    @Test
    void missingFormat() {
      assertError(
          "{\n  'title': 't'\n}",
          1,
          1,
          "",
          "missing \"format\": start the object with \"format\": \"communique/1\" so that"
              + " readers know which version of the format the file uses");
    }

    @Test
    void laterVersion() {
      assertError(
          "{'format': 'communique/2', 'title': 't'}",
          1,
          12,
          "/format",
          "unsupported format version \"communique/2\": this version of Communique reads"
              + " \"communique/1\"; read the file with a newer Communique, or write it in"
              + " \"communique/1\"");
    }

    @Test
    void someOtherFormat() {
      assertError(
          "{'format': 'pandoc', 'title': 't'}",
          1,
          12,
          "/format",
          "unknown format \"pandoc\": a Communique statement has \"format\": \"communique/1\"");
    }

    @Test
    void formatInsideAnEmbeddedStatement() {
      assertError(
          HEAD + "'body': [{'type': 'embeddedStatement', 'statement': {'format': 'communique/1'}}]}",
          1,
          105,
          "/body/0/statement/format",
          "\"format\" belongs only at the top of the file, not in an embedded statement: remove"
              + " it");
    }
  }

  @Nested
  class Fields {
    @Test
    void unknownFieldWithAGuess() {
      assertError(
          "{\n  'format': 'communique/1',\n  'titel': 't'\n}",
          3,
          3,
          "/titel",
          "unknown field \"titel\" in a statement (did you mean \"title\"?); the fields of a"
              + " statement are: format, title, standfirst, label, issuers, authors, date, place,"
              + " language, keywords, id, url, embargo, contacts, body, sections, notes,"
              + " notesToEditors");
    }

    @Test
    void unknownFieldOfABlock() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'colour': 'red'}]}",
          1,
          73,
          "/body/0/colour",
          "unknown field \"colour\" in a paragraph; the fields of a paragraph are: type, content");
    }

    @Test
    void misspeltFieldOfABlock() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'contents': []}]}",
          1,
          73,
          "/body/0/contents",
          "unknown field \"contents\" in a paragraph (did you mean \"content\"?); the fields of a"
              + " paragraph are: type, content");
    }

    @Test
    void fieldOfAnotherKindOfBlock() {
      assertError(
          HEAD + "'body': [{'type': 'thematicBreak', 'content': []}]}",
          1,
          77,
          "/body/0/content",
          "unknown field \"content\" in a thematicBreak; the fields of a thematicBreak are: type");
    }

    @Test
    void fieldOfAnotherKindBeforeTheType() {
      assertError(
          HEAD + "'body': [{'items': [], 'type': 'paragraph'}]}",
          1,
          52,
          "/body/0/items",
          "unknown field \"items\" in a paragraph; the fields of a paragraph are: type, content");
    }

    @Test
    void unknownFieldOfABlockWithoutType() {
      assertError(
          HEAD + "'body': [{'colour': 'red'}]}",
          1,
          52,
          "/body/0/colour",
          "unknown field \"colour\" in a block; the fields of a block are: type, content, blocks,"
              + " attribution, statement, delivery, items, start");
    }

    @Test
    void unknownFieldOfASection() {
      assertError(
          HEAD + "'sections': [{'title': ['x']}]}",
          1,
          56,
          "/sections/0/title",
          "unknown field \"title\" in a section; the fields of a section are: heading, anchor,"
              + " blocks, subsections");
    }

    @Test
    void duplicateField() {
      assertError(
          HEAD + "'title': 'u'}",
          1,
          42,
          "/title",
          "duplicate field \"title\": a field may appear once in an object; remove one of them");
    }

    @Test
    void duplicateFieldOfABlock() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [], 'content': []}]}",
          1,
          88,
          "/body/0/content",
          "duplicate field \"content\": a field may appear once in an object; remove one of them");
    }
  }

  @Nested
  class Types {
    @Test
    void arrayForAString() {
      assertError(
          "{'format': 'communique/1', 'title': ['t']}",
          1,
          37,
          "/title",
          "expected a string for \"title\", found an array");
    }

    @Test
    void nullValue() {
      assertError(
          HEAD + "'label': null}",
          1,
          51,
          "/label",
          "null is not allowed for \"label\": leave the field out when it has no value");
    }

    @Test
    void stringForInlines() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': 'Text'}]}",
          1,
          84,
          "/body/0/content",
          "expected an array of inlines for \"content\", found a string: write it as an array,"
              + " [\"...\"]");
    }

    @Test
    void stringForABlock() {
      assertError(
          HEAD + "'body': ['text']}",
          1,
          51,
          "/body/0",
          "expected a block object ({\"type\": \"paragraph\", ...}) as an item of \"body\", found"
              + " a string");
    }

    @Test
    void numberForAnInline() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [42]}]}",
          1,
          85,
          "/body/0/content/0",
          "expected an inline (a string, or an object with \"type\") as an item of \"content\","
              + " found a number");
    }

    @Test
    void stringForAListItem() {
      assertError(
          HEAD + "'body': [{'type': 'bulletList', 'items': ['x']}]}",
          1,
          84,
          "/body/0/items/0",
          "expected a list item ({\"blocks\": [...]}) as an item of \"items\", found a string");
    }

    @Test
    void numberForAKeyword() {
      assertError(
          HEAD + "'keywords': [1]}",
          1,
          55,
          "/keywords/0",
          "expected a string as an item of \"keywords\", found a number");
    }

    @Test
    void stringForAParty() {
      assertError(
          HEAD + "'issuers': ['Green Alliance']}",
          1,
          54,
          "/issuers/0",
          "expected a party as an item of \"issuers\", found a string");
    }

    @Test
    void stringForASpeaker() {
      assertError(
          HEAD + "'body': [{'type': 'blockQuotation', 'attribution': {'speaker': 'Maria'}}]}",
          1,
          105,
          "/body/0/attribution/speaker",
          "expected a party object for \"speaker\", found a string");
    }

    @Test
    void stringForASource() {
      assertError(
          HEAD + "'body': [{'type': 'blockQuotation', 'attribution': {'source': 'TV'}}]}",
          1,
          104,
          "/body/0/attribution/source",
          "expected a source object for \"source\", found a string");
    }

    @Test
    void stringForADate() {
      assertError(
          HEAD + "'date': '2026-11-25'}",
          1,
          50,
          "/date",
          "expected an object for \"date\", found a string");
    }

    @Test
    void stringForAStatement() {
      assertError(
          HEAD + "'body': [{'type': 'embeddedStatement', 'statement': 'x'}]}",
          1,
          94,
          "/body/0/statement",
          "expected a statement object for \"statement\", found a string");
    }

    @Test
    void negativeStart() {
      assertError(
          HEAD + "'body': [{'type': 'orderedList', 'start': -1}]}",
          1,
          84,
          "/body/0/start",
          "\"start\" must be a whole number from 0 to 2147483647, not -1");
    }

    @Test
    void fractionalStart() {
      assertError(
          HEAD + "'body': [{'type': 'orderedList', 'start': 1.5}]}",
          1,
          84,
          "/body/0/start",
          "\"start\" must be a whole number from 0 to 2147483647, not 1.5");
    }

    @Test
    void startTooLarge() {
      assertError(
          HEAD + "'body': [{'type': 'orderedList', 'start': 3000000000}]}",
          1,
          84,
          "/body/0/start",
          "\"start\" must be a whole number from 0 to 2147483647, not 3000000000");
    }

    @Test
    void stringForStart() {
      assertError(
          HEAD + "'body': [{'type': 'orderedList', 'start': '3'}]}",
          1,
          84,
          "/body/0/start",
          "expected a whole number for \"start\", found a string");
    }
  }

  @Nested
  class Kinds {
    @Test
    void unknownBlockTypeWithAGuess() {
      assertError(
          HEAD + "'body': [{'type': 'para'}]}",
          1,
          60,
          "/body/0/type",
          "unknown block type \"para\" (did you mean \"paragraph\"?); use one of: paragraph,"
              + " blockQuotation, embeddedStatement, bulletList, orderedList, thematicBreak");
    }

    @Test
    void unknownInlineType() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'footnote'}]}]}",
          1,
          94,
          "/body/0/content/0/type",
          "unknown inline type \"footnote\"; use one of: text, emphasis, strong, link, lineBreak,"
              + " noteReference, quotation");
    }

    @Test
    void unknownPartyKind() {
      assertError(
          HEAD + "'issuers': [{'name': 'A', 'kind': 'company'}]}",
          1,
          76,
          "/issuers/0/kind",
          "unknown party kind \"company\"; use one of: person, organisation");
    }

    @Test
    void americanSpelling() {
      assertError(
          HEAD + "'issuers': [{'name': 'A', 'kind': 'organization'}]}",
          1,
          76,
          "/issuers/0/kind",
          "unknown party kind \"organization\" (did you mean \"organisation\"?); use one of:"
              + " person, organisation");
    }

    @Test
    void unknownQuotationKind() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'quotation', 'kind':"
              + " 'irony'}]}]}",
          1,
          115,
          "/body/0/content/0/kind",
          "unknown quotation kind \"irony\"; use one of: speech, scare, mention");
    }
  }

  @Nested
  class Missing {
    @Test
    void title() {
      assertError(
          "{'format': 'communique/1'}",
          1,
          1,
          "",
          "missing \"title\" in a statement: add \"title\": \"Green Alliance calls for a public"
              + " inquiry\"");
    }

    @Test
    void titleOfAnEmbeddedStatement() {
      assertError(
          HEAD + "'body': [{'type': 'embeddedStatement', 'statement': {'body': []}}]}",
          1,
          94,
          "/body/0/statement",
          "missing \"title\" in an embedded statement: add \"title\": \"Green Alliance calls for a"
              + " public inquiry\"");
    }

    @Test
    void statementOfAnEmbeddedStatement() {
      assertError(
          HEAD + "'body': [{'type': 'embeddedStatement'}]}",
          1,
          51,
          "/body/0",
          "missing \"statement\" in an embeddedStatement: add \"statement\": {\"title\": ...,"
              + " \"issuers\": [...], \"body\": [...]}");
    }

    @Test
    void typeOfABlock() {
      assertError(
          HEAD + "'body': [{'content': ['x']}]}",
          1,
          51,
          "/body/0",
          "missing \"type\" in a block: add \"type\" with one of: paragraph, blockQuotation,"
              + " embeddedStatement, bulletList, orderedList, thematicBreak");
    }

    @Test
    void typeOfAnInline() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'content': ['x']}]}]}",
          1,
          85,
          "/body/0/content/0",
          "missing \"type\" in an inline: add \"type\" with one of: text, emphasis, strong, link,"
              + " lineBreak, noteReference, quotation (or write plain text as a string)");
    }

    @Test
    void nameOfAParty() {
      assertError(
          HEAD + "'issuers': [{'kind': 'person'}]}",
          1,
          54,
          "/issuers/0",
          "missing \"name\" in a party: add \"name\": \"Maria Keller\"");
    }

    @Test
    void kindOfAParty() {
      assertError(
          HEAD + "'issuers': [{'name': 'A'}]}",
          1,
          54,
          "/issuers/0",
          "missing \"kind\" in a party: add \"kind\": \"person\" or \"kind\": \"organisation\"");
    }

    @Test
    void nameOfAContact() {
      assertError(
          HEAD + "'contacts': [{'email': 'a@b.c'}]}",
          1,
          55,
          "/contacts/0",
          "missing \"name\" in a contact: add \"name\": \"Press office\"");
    }

    @Test
    void idOfANote() {
      assertError(
          HEAD + "'notes': [{'blocks': []}]}",
          1,
          52,
          "/notes/0",
          "missing \"id\" in a note: add \"id\": \"1\", the id its noteReference uses");
    }

    @Test
    void targetOfALink() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'link', 'content': ['x']}]}]}",
          1,
          85,
          "/body/0/content/0",
          "missing \"target\" in a link: add \"target\": \"https://example.org/\"");
    }

    @Test
    void noteIdOfANoteReference() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'noteReference'}]}]}",
          1,
          85,
          "/body/0/content/0",
          "missing \"noteId\" in a noteReference: add \"noteId\": \"1\", the id of a note in"
              + " \"notes\"");
    }

    @Test
    void textOfALongFormText() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'text'}]}]}",
          1,
          85,
          "/body/0/content/0",
          "missing \"text\" in a text inline: add \"text\": \"...\"");
    }

    @Test
    void kindOfAQuotation() {
      assertError(
          HEAD + "'body': [{'type': 'paragraph', 'content': [{'type': 'quotation', 'content':"
              + " ['x']}]}]}",
          1,
          85,
          "/body/0/content/0",
          "missing \"kind\" in a quotation: add \"kind\": \"speech\", \"scare\" or \"mention\"");
    }

    @Test
    void dayOfADate() {
      assertError(
          HEAD + "'date': {'time': '10:00'}}",
          1,
          50,
          "/date",
          "missing \"date\" in a date: add \"date\": \"2026-11-25\"");
    }
  }

  @Nested
  class Dates {
    @Test
    void malformedDay() {
      assertError(
          HEAD + "'date': {'date': '25.11.2026'}}",
          1,
          59,
          "/date/date",
          "malformed date \"25.11.2026\": write a calendar date as YYYY-MM-DD, for example"
              + " \"2026-11-25\"");
    }

    @Test
    void dayThatDoesNotExist() {
      assertError(
          HEAD + "'date': {'date': '2026-02-30'}}",
          1,
          59,
          "/date/date",
          "malformed date \"2026-02-30\": write a calendar date as YYYY-MM-DD, for example"
              + " \"2026-11-25\"");
    }

    @Test
    void malformedTime() {
      assertError(
          HEAD + "'date': {'date': '2026-11-25', 'time': '25:00'}}",
          1,
          81,
          "/date/time",
          "malformed time \"25:00\": write a 24-hour time as HH:MM or HH:MM:SS, for example"
              + " \"14:30\"");
    }

    @Test
    void unknownZone() {
      assertError(
          HEAD + "'date': {'date': '2026-11-25', 'time': '10:00', 'zone': 'Europe/Berln'}}",
          1,
          98,
          "/date/zone",
          "unknown time zone \"Europe/Berln\": use a region such as \"Europe/Berlin\" or an offset"
              + " such as \"+01:00\"");
    }

    @Test
    void zoneWithoutTime() {
      assertError(
          HEAD + "'date': {'date': '2026-11-25', 'zone': 'Europe/Berlin'}}",
          1,
          81,
          "/date/zone",
          "a \"zone\" needs a \"time\": add \"time\": \"14:30\" or remove the zone");
    }

    @Test
    void malformedEmbargo() {
      assertError(
          HEAD + "'embargo': '2026-11-25 09:00'}",
          1,
          53,
          "/embargo",
          "malformed embargo \"2026-11-25 09:00\": write a date, a time, the offset and the zone,"
              + " for example \"2026-11-25T09:00:00+01:00[Europe/Berlin]\"");
    }

    @Test
    void embargoWhoseOffsetIsNotTheZones() {
      assertError(
          HEAD + "'embargo': '2026-11-25T09:00:00+05:00[Europe/Berlin]'}",
          1,
          53,
          "/embargo",
          "the embargo \"2026-11-25T09:00:00+05:00[Europe/Berlin]\" gives the offset +05:00, but"
              + " Europe/Berlin is at +01:00 then: correct the offset");
    }

    @Test
    void malformedSourceDate() {
      assertError(
          HEAD + "'body': [{'type': 'blockQuotation', 'attribution': {'source': {'date':"
              + " 'May 2026'}}}]}",
          1,
          113,
          "/body/0/attribution/source/date",
          "malformed date \"May 2026\": write a calendar date as YYYY-MM-DD, for example"
              + " \"2026-11-25\"");
    }
  }

  @Nested
  class LimitsNamed {
    @Test
    void textLongerThanMaxTextLength() {
      StatementJson reader = StatementJson.create(Limits.defaults().withMaxTextLength(20));
      assertError(
          error(reader, "{'format': 'communique/1', 'title': 'Budget agreed by the council'}"),
          1,
          37,
          "/title",
          "a text is longer than 20 characters, the most Limits.maxTextLength allows; split it,"
              + " or raise Limits.maxTextLength with Limits.withMaxTextLength");
    }

    @Test
    void stringLongerThanMaxDocumentLength() {
      StatementJson reader = StatementJson.create(Limits.defaults().withMaxDocumentLength(20));
      assertError(
          error(reader, "{'format': 'communique/1', 'title': 't'}"),
          0,
          0,
          null,
          "the document is longer than 20 characters, the most Limits.maxDocumentLength allows;"
              + " raise Limits.maxDocumentLength with Limits.withMaxDocumentLength to read it");
    }

    @Test
    void fileLongerThanMaxDocumentLengthIsRefusedBeforeReading(@TempDir Path dir)
        throws Exception {
      Path file = dir.resolve("big.json");
      Files.writeString(file, "{\"format\": \"communique/1\", \"title\": \"t\"}");
      StatementJson reader = StatementJson.create(Limits.defaults().withMaxDocumentLength(20));
      StatementFormatException e =
          catchThrowableOfType(StatementFormatException.class, () -> reader.read(file));
      assertThat(e.line()).isZero();
      assertThat(e.getMessage())
          .isEqualTo(
              file
                  + ": the document is longer than 20 bytes, the most Limits.maxDocumentLength"
                  + " allows; raise Limits.maxDocumentLength with Limits.withMaxDocumentLength to"
                  + " read it (the file has 40)");
    }

    @Test
    void streamLongerThanMaxDocumentLength() {
      StatementJson reader = StatementJson.create(Limits.defaults().withMaxDocumentLength(10));
      byte[] bytes =
          ("{\"format\": \"communique/1\", \"title\": \"t\", \"keywords\": [\""
                  + "k\", \"".repeat(5000)
                  + "k\"]}")
              .getBytes(StandardCharsets.UTF_8);
      StatementFormatException e =
          catchThrowableOfType(
              StatementFormatException.class,
              () -> reader.read(new ByteArrayInputStream(bytes), "in.json"));
      assertThat(e.getMessage())
          .endsWith(
              ": the document is longer than 10 bytes, the most Limits.maxDocumentLength allows;"
                  + " raise Limits.maxDocumentLength with Limits.withMaxDocumentLength to read it");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/keywords/"));
    }

    @Test
    void nestingDeeperThanTheLimitsAllow() {
      Limits limits =
          new Limits(1, 1, 1, 1, Limits.defaults().maxTextLength(), 1 << 20); // 16+2+4+4+2 = 28
      String json =
          HEAD
              + "'body': ["
              + "{'type': 'blockQuotation', 'blocks': [".repeat(20)
              + "]}".repeat(20)
              + "]}";
      StatementFormatException e = error(StatementJson.create(limits), json);
      assertThat(e.line()).isEqualTo(1);
      // The 14th block quotation's { (depth 2 * 14 + 1 = 29) is the first one too deep.
      assertThat(e.column()).isEqualTo(41 + 9 + 13 * 38 + 1);
      // The pointer names where the deep nesting starts, not all 28 levels of it.
      assertThat(e.pointer()).contains("/body/0/blocks/0/blocks/0/blocks/0");
      assertThat(e.getMessage())
          .isEqualTo(
              "in.json:1:545 (at /body/0/blocks/0/blocks/0/blocks/0): the document nests more"
                  + " than 28 levels of JSON deep, the most Limits allow (the"
                  + " bound grows with maxNestingDepth, maxListDepth, maxQuotationDepth and"
                  + " maxSectionDepth); if the nesting is meant, raise Limits.maxNestingDepth (now"
                  + " 1) with Limits.withMaxNestingDepth");
    }

    @Test
    void fieldNameLongerThanAnyName() {
      assertError(
          HEAD + "'" + "x".repeat(2000) + "': 1}",
          1,
          42 + 2002, // just after the name's closing quote, where Jackson stopped
          "/title",
          "a field name is longer than 1000 characters: no field of a statement has such a name;"
              + " check the quotes around the field names");
    }

    @Test
    void numberLongerThanAnyNumber() {
      assertError(
          HEAD + "'body': [{'type': 'orderedList', 'start': " + "9".repeat(200) + "}]}",
          1,
          75,
          "/body/0/start",
          "a number is longer than 100 digits: the only number in a statement is an"
              + " orderedList's \"start\", a whole number");
    }

    @Test
    void writerRefusesWhatAReaderWithTheSameLimitsWouldRefuse() {
      Block block = new Block.ThematicBreak();
      for (int i = 0; i < 40; i++) {
        block = new Block.BlockQuotation(List.of(block), Optional.empty());
      }
      Statement deep = Statement.builder("t").block(block).build();
      Limits limits = new Limits(1, 1, 1, 1, 100, 1000);
      StatementFormatException e =
          catchThrowableOfType(
              StatementFormatException.class,
              () -> StatementJson.create(limits).write(deep, new ByteArrayOutputStream()));
      assertThat(e.getMessage())
          .startsWith("<statement being written> (at /body/0/blocks/0/blocks/0/")
          .endsWith(
              ": the statement nests more than 28 levels of JSON deep, more than a reader with"
                  + " the same Limits would accept; raise Limits.maxNestingDepth (now 1) with"
                  + " Limits.withMaxNestingDepth");
      assertThat(StatementJson.create().read(StatementJson.create().write(deep), "x"))
          .isEqualTo(deep);
    }
  }
}
