package io.github.communique.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) used as a library. Setting it up
 * takes seconds, so tests share one instance; it is not thread-safe.
 */
final class NuChecker {
  private static NuChecker instance;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private NuChecker() throws Exception {
    // No log4j set-up, no URL logging, no language detection (it guesses, and warns on short text).
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, true, false);
  }

  static synchronized NuChecker get() throws Exception {
    if (instance == null) {
      instance = new NuChecker();
    }
    return instance;
  }

  /** Every error and warning for {@code html}, one line each: "error 12:3 message". */
  synchronized List<String> check(String html) throws Exception {
    collector.messages.clear();
    InputSource source = new InputSource(
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setSystemId("about:test");
    validator.checkHtmlInputSource(source);
    return List.copyOf(collector.messages);
  }

  /** Only the errors. */
  List<String> errors(String html) throws Exception {
    return check(html).stream().filter(m -> m.startsWith("error")).toList();
  }

  /** A fragment inside the smallest conforming page, so it can be checked on its own. */
  static String wrapFragment(String fragment, String language) {
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment</title>\n</head>\n<body>\n" + fragment + "</body>\n</html>\n";
  }

  private static final class Collector implements ErrorHandler {
    final List<String> messages = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      messages.add(format("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(format("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(format("error", e));
    }

    private static String format(String kind, SAXParseException e) {
      return kind + " " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
  }
}
