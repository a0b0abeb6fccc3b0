package io.github.communique.cli;

import io.github.communique.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code communique} command: renders, validates and converts statements. Run it with {@code
 * java -jar cli/target/communique.jar}, or in process with {@code Communique.commandLine(new
 * Communique()).execute(args)}.
 */
@Command(
    name = "communique",
    mixinStandardHelpOptions = true,
    versionProvider = Communique.Version.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "Render public statements (JSON or Markdown) to HTML, PDF and plain text.",
    synopsisHeading = "%nUsage: ",
    description = {
      "",
      "Examples:",
      "  communique render statement.json --to html,pdf,text -o out",
      "  communique render statements/ -r --to pdf --paper Letter -o build",
      "  communique validate statements/*.md",
      "  communique convert statement.md statement.json",
      "  cat statement.json | communique render - --to text --width 60",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footer = ExitCodes.HELP_FOOTER)
public final class Communique implements Callable<Integer> {

  /** The subcommands in the order --help lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("render", "validate", "convert", "formats");

  private final InputStream stdin;
  private final OutputStream stdout;
  private final boolean interactive;
  private Renderers renderers;
  private boolean verbose;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The command on the process's standard streams, with a progress bar on a terminal. */
  public Communique() {
    this(System.in, System.out, System.console() != null);
  }

  /**
   * The command on the given streams, for tests and for programs that embed it: {@code stdin} is
   * what {@code -} reads, {@code stdout} receives rendered bytes ({@code -o -}); messages go to the
   * command line's {@code getOut()} and {@code getErr()} writers.
   */
  public Communique(InputStream stdin, OutputStream stdout, boolean interactive) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.interactive = interactive;
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Say more: every file written, and the stack trace of every failure.")
  void setVerbose(boolean verbose) {
    this.verbose = verbose;
  }

  public static void main(String[] args) {
    int status = commandLine(new Communique(), args.length > 0 ? args[0] : "").execute(args);
    System.exit(status);
  }

  /**
   * The command line of {@code command} with all its subcommands, errors reported as one line each.
   * Run it with {@code execute(args)}.
   */
  public static CommandLine commandLine(Communique command) {
    return commandLine(command, "");
  }

  /**
   * The command line with only subcommand {@code first}, when that names one: picocli builds its
   * model of a command by reflection, and start-up time matters on the command line, so a run of
   * {@code render} does not pay for the others. Anything else (help, no command, a typo) gets them
   * all.
   */
  static CommandLine commandLine(Communique command, String first) {
    CommandLine cli = new CommandLine(command);
    if (SUBCOMMANDS.contains(first)) {
      cli.addSubcommand(first, subcommand(first));
    } else {
      for (String name : SUBCOMMANDS) {
        cli.addSubcommand(name, subcommand(name));
      }
      cli.addSubcommand("help", new HelpCommand());
    }
    cli.setParameterExceptionHandler(Communique::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Diagnostic failure = Diagnostic.of(commandLine.getCommandName(), e);
          failure.print(commandLine.getErr(), command.verbose);
          return failure.exitCode();
        });
    return cli;
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "render" -> new RenderCommand();
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "formats" -> new FormatsCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /** A usage error as one line, pointing at the command's help: exit status 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String name = cli.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
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

  /** {@code --version}: the version Maven filtered into version.properties, and the JVM's. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Communique.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "communique " + p.getProperty("version", "(unknown version)"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }
}
