package io.github.communique.cli;

import io.github.communique.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code communique} command: renders, validates and converts statements. Run it with {@code
 * java -jar cli/target/communique.jar} (or the {@code communique} launcher beside it), or in
 * process with {@code new Communique(stdin, stdout, out, err, false).execute(args)}.
 */
public final class Communique {

  static final OptionSpec HELP =
      OptionSpec.flag("-h", "--help", "Show this help message and exit.");

  static final OptionSpec VERSION =
      OptionSpec.flag("-V", "--version", "Print version information and exit.");

  /** Accepted before the subcommand and after it. */
  static final OptionSpec VERBOSE =
      OptionSpec.flag(
          null, "--verbose", "Say more: every file written, and the stack trace of every failure.");

  static final CommandSpec SPEC =
      new CommandSpec(
          "communique",
          "Render public statements (JSON or Markdown) to HTML, PDF and plain text.",
          List.of(
              "Examples:",
              "  communique render statement.json --to html,pdf,text -o out",
              "  communique render statements/ -r --to pdf --paper Letter -o build",
              "  communique validate statements/*.md",
              "  communique convert statement.md statement.json",
              "  cat statement.json | communique render - --to text --width 60",
              ""),
          List.of(),
          List.of(VERBOSE, HELP, VERSION),
          List.of(
              new String[] {"render", RenderCommand.SPEC.header()},
              new String[] {"validate", ValidateCommand.SPEC.header()},
              new String[] {"convert", ConvertCommand.SPEC.header()},
              new String[] {"formats", FormatsCommand.SPEC.header()},
              new String[] {"help", "Display help information about the specified command."}));

  private static final CommandSpec HELP_COMMAND =
      new CommandSpec(
          "communique help",
          SPEC.commands().get(4)[1],
          List.of(
              "When no COMMAND is given, the usage help for the main command is displayed.",
              "If a COMMAND is specified, the help for that command is shown.",
              ""),
          List.of(
              new ParameterSpec(
                  "[COMMAND]", false, "The COMMAND to display the usage help message for.")),
          List.of(
              OptionSpec.flag("-h", "--help", "Show usage help for the help command and exit."),
              VERBOSE),
          List.of());

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private Renderers renderers;
  private boolean verbose;

  /** The command on the process's standard streams, with a progress bar on a terminal. */
  public Communique() {
    this(
        System.in,
        System.out,
        writer(System.out, "sun.stdout.encoding"),
        writer(System.err, "sun.stderr.encoding"),
        System.console() != null);
  }

  /**
   * The command on the given streams, its messages on the process's standard output and error:
   * {@code stdin} is what {@code -} reads, {@code stdout} receives rendered bytes ({@code -o -}).
   */
  public Communique(InputStream stdin, OutputStream stdout, boolean interactive) {
    this(
        stdin,
        stdout,
        writer(System.out, "sun.stdout.encoding"),
        writer(System.err, "sun.stderr.encoding"),
        interactive);
  }

  /**
   * The command on the given streams, for tests and for programs that embed it: {@code stdin} is
   * what {@code -} reads, {@code stdout} receives rendered bytes ({@code -o -}), {@code out}
   * receives messages meant for standard output (help, problems, the formats list) and {@code err}
   * those meant for standard error (failures, summaries, progress).
   *
   * @param interactive whether a person watches: then a progress bar is drawn for batches
   */
  public Communique(
      InputStream stdin,
      OutputStream stdout,
      PrintWriter out,
      PrintWriter err,
      boolean interactive) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  public static void main(String[] args) {
    System.exit(new Communique().execute(args));
  }

  /**
   * Runs the command {@code args} name, such as {@code render a.json --to pdf}. Usage errors are
   * one line on the error writer; so is every failure, with its stack trace under {@code
   * --verbose}.
   *
   * @return the exit status, one of those listed in {@code --help}
   */
  public int execute(String... args) {
    CommandSpec spec = SPEC;
    try {
      Arguments main = Arguments.parse(SPEC, args, 0, true);
      verbose = main.flag(VERBOSE);
      if (main.flag(HELP)) {
        return help(SPEC, out, ExitCodes.OK);
      }
      if (main.flag(VERSION)) {
        return version();
      }
      main.check();
      int at = main.end();
      if (at == args.length) {
        return help(SPEC, err, ExitCodes.USAGE);
      }
      String name = args[at];
      CommandSpec command = command(name);
      if (command == null) { // a typo: reported with every argument left over, as picocli did
        Arguments all = Arguments.parse(SPEC, args, 0, false);
        if (all.flag(HELP)) {
          return help(SPEC, out, ExitCodes.OK);
        }
        all.check();
        throw new UsageError("Unmatched argument at index " + at + ": '" + name + "'");
      }
      spec = command;
      Arguments parsed = Arguments.parse(command, args, at + 1, false);
      verbose |= parsed.flag(VERBOSE);
      if (command == HELP_COMMAND) {
        spec = SPEC;
        return helpCommand(parsed);
      }
      if (parsed.flag(HELP)) {
        return help(command, out, ExitCodes.OK);
      }
      if (parsed.flag(VERSION)) {
        return version();
      }
      parsed.check();
      return switch (name) {
        case "render" -> new RenderCommand(this, parsed).call();
        case "validate" -> new ValidateCommand(this, parsed).call();
        case "convert" -> new ConvertCommand(this, parsed).call();
        default -> new FormatsCommand(this).call();
      };
    } catch (UsageError e) {
      err.println(spec.usageErrorLine(e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    } catch (Exception | Error e) {
      String name = spec.name();
      Diagnostic failure = Diagnostic.of(name.substring(name.lastIndexOf(' ') + 1), e);
      failure.print(err, verbose);
      err.flush();
      return failure.exitCode();
    } finally {
      out.flush();
    }
  }

  /** The subcommand called {@code name}, or null. */
  private static CommandSpec command(String name) {
    return switch (name) {
      case "render" -> RenderCommand.SPEC;
      case "validate" -> ValidateCommand.SPEC;
      case "convert" -> ConvertCommand.SPEC;
      case "formats" -> FormatsCommand.SPEC;
      case "help" -> HELP_COMMAND;
      default -> null;
    };
  }

  /** {@code communique help [COMMAND]}: the main help, or the named command's. */
  private int helpCommand(Arguments args) {
    if (args.parameters().isEmpty()) {
      return help(SPEC, out, ExitCodes.OK);
    }
    String name = args.parameters().get(0);
    CommandSpec command = command(name);
    if (command == null) {
      throw new UsageError("Unknown subcommand '" + name + "'.");
    }
    return help(command, out, ExitCodes.OK);
  }

  private static int help(CommandSpec spec, PrintWriter to, int exitCode) {
    to.print(Help.of(spec).replace("\n", System.lineSeparator()));
    to.flush();
    return exitCode;
  }

  /** {@code --version}: the version Maven filtered into version.properties, and the JVM's. */
  private int version() {
    Properties p = new Properties();
    try (InputStream in = Communique.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("communique " + p.getProperty("version", "(unknown version)"));
    out.println(
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    out.flush();
    return ExitCodes.OK;
  }

  /** The options of a subcommand: its own groups in order, then help, version and verbose. */
  @SafeVarargs
  static List<OptionSpec> withStandardOptions(List<OptionSpec>... groups) {
    List<OptionSpec> options = new ArrayList<>();
    for (List<OptionSpec> group : groups) {
      options.addAll(group);
    }
    options.add(HELP);
    options.add(VERSION);
    options.add(VERBOSE);
    return List.copyOf(options);
  }

  /** A writer for messages on a standard stream, in the encoding Java chose for it. */
  private static PrintWriter writer(PrintStream stream, String encodingProperty) {
    String encoding = System.getProperty(encodingProperty);
    Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }

  boolean verbose() {
    return verbose;
  }

  InputStream stdin() {
    return stdin;
  }

  OutputStream stdout() {
    return stdout;
  }

  /** Messages for standard output: problems, lists, help. */
  PrintWriter out() {
    return out;
  }

  /** Messages for standard error: failures, summaries, progress. */
  PrintWriter err() {
    return err;
  }

  /** Whether a person watches: then a progress bar is drawn for batches. */
  boolean interactive() {
    return interactive;
  }

  /** The renderers on the class path, found once. */
  synchronized Renderers renderers() {
    if (renderers == null) {
      renderers = Renderers.discover();
    }
    return renderers;
  }
}
