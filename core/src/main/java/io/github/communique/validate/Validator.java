package io.github.communique.validate;

import static java.util.Objects.requireNonNull;

import io.github.communique.model.Statement;
import java.util.List;

/**
 * Checks a statement against the rules a publishable statement follows, and reports every
 * problem at once, each with its path in the document and a message that says how to fix it.
 * Immutable and thread-safe; one validator checks any number of statements.
 *
 * <pre>{@code
 * List<Problem> problems = Validator.create().validate(statement);
 * problems.forEach(System.err::println); // sections[1].blocks[3].content[2]: the quotation is empty: ...
 * Validator.create().requireSpeakers(true).check(statement); // throws ValidationException
 * }</pre>
 *
 * <p>Errors:
 *
 * <ul>
 *   <li>Required text that is blank (no visible character): the title, a party's or contact's
 *       name, a link target, a note id, a section heading; and optional text given but blank
 *       (a label, a role, a context: leave it out instead).
 *   <li>Empty containers: a paragraph, quotation, emphasis, strong text, link text, list, list
 *       item, block quotation or note with nothing to show; an attribution or source with no part.
 *   <li>Note references to notes the statement does not have (the message lists those it has;
 *       an embedded statement's references point at its own notes); duplicate note ids.
 *   <li>Section anchors given twice in the page (embedded statements included, as {@code
 *       Anchors} shares one id space between them); anchors and note ids that are not ids
 *       (blank, or holding whitespace, controls or '#').
 *   <li>Link, source and statement URLs whose scheme is not http, https, mailto or tel (relative
 *       URLs are fine), including schemes hidden by whitespace, mixed case, character references
 *       or percent-escapes; URLs holding spaces or invisible characters; {@code www.…} and bare
 *       email addresses without their scheme.
 *   <li>Characters renderers cannot show safely: controls (running text may hold tab and line
 *       feed, shown as a space; single-line fields none), unpaired surrogates, noncharacters, and
 *       bidirectional controls a text opens but never closes.
 *   <li>Nesting deeper than the {@link Limits} (sections per statement, quotations, lists, block
 *       quotations with embedded statements, and emphasis, strong and links), and text longer
 *       than {@link Limits#maxTextLength()}; the message names the setting. Content past a depth
 *       limit is not checked further, so a statement nested 100,000 deep gives one problem, fast:
 *       the check never recurses.
 *   <li>A language tag (of the statement or an embedded one) that is not well-formed BCP 47.
 *   <li>A contact's email address without a single '@', or a phone number without digits.
 *   <li>With {@link #requireSpeakers(boolean) requireSpeakers}: block quotations without a
 *       speaker, speech quotations inside such a block quotation without a speaker of their own,
 *       and embedded statements without an issuer.
 * </ul>
 *
 * <p>Warnings ({@link Problem.Severity#WARNING}, which {@link #check} lets pass): notes never
 * referenced, and an embargo that ends more than a day before the statement's date.
 */
public final class Validator {
  private final Limits limits;
  private final boolean requireSpeakers;

  private Validator(Limits limits, boolean requireSpeakers) {
    this.limits = limits;
    this.requireSpeakers = requireSpeakers;
  }

  /** A validator with {@link Limits#defaults()} that does not require speakers. */
  public static Validator create() {
    return new Validator(Limits.defaults(), false);
  }

  /** A validator with the given limits that does not require speakers. */
  public static Validator create(Limits limits) {
    return new Validator(requireNonNull(limits, "limits"), false);
  }

  /**
   * A copy that does (or does not) apply the house rule that quoted speech needs a speaker: every
   * block quotation names one, as does every embedded statement (an issuer), and speech
   * quotations inside a block quotation without one name their own. Defaults to false.
   */
  public Validator requireSpeakers(boolean required) {
    return new Validator(limits, required);
  }

  /**
   * Every problem of {@code statement}, errors and warnings, in reading order (warnings about
   * unreferenced notes after their statement's text); empty when there is none.
   */
  public List<Problem> validate(Statement statement) {
    requireNonNull(statement, "statement");
    return List.copyOf(new Check(limits, requireSpeakers).run(statement));
  }

  /**
   * Returns {@code statement} if it has no errors (warnings are allowed).
   *
   * @throws ValidationException listing every error
   */
  public Statement check(Statement statement) {
    List<Problem> errors = validate(statement).stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return statement;
  }
}
