package io.github.communique.cli;

import io.github.communique.model.Statement;
import io.github.communique.validate.Limits;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;

/** {@code communique convert}: a statement from Markdown to JSON or back. */
final class ConvertCommand {

  static final OptionSpec TO =
      OptionSpec.value(
          "-t",
          "--to",
          "json|md",
          "Write this format whatever OUT's extension. Default: by OUT's extension.");

  static final OptionSpec COMPACT =
      OptionSpec.flag(null, "--compact", "JSON on one line, without indentation.");

  static final CommandSpec SPEC =
      new CommandSpec(
          "communique convert",
          "Convert a statement between Markdown and JSON.",
          List.of(
              "Reads IN and writes OUT, each in the format its extension says (.json, .md) unless"
                  + " --from or --to say otherwise. - is standard input or output. OUT is written"
                  + " atomically. Converting does not validate: use 'communique validate' for"
                  + " that.",
              ""),
          List.of(
              new ParameterSpec("IN", false, "The statement to read, or -."),
              new ParameterSpec("OUT", false, "The file to write, or -.")),
          Communique.withStandardOptions(InputSettings.OPTIONS, List.of(TO, COMPACT)),
          List.of());

  private final Communique root;
  private final String in;
  private final String out;
  private final InputSettings input;
  private final InputFormat to;
  private final boolean compact;

  ConvertCommand(Communique root, Arguments args) {
    this.root = root;
    this.in = args.parameters().get(0);
    this.out = args.parameters().get(1);
    this.input = new InputSettings(args);
    String format = args.value(TO);
    this.to = format == null ? null : InputFormat.parse(TO, format);
    this.compact = args.flag(COMPACT);
  }

  int call() {
    Limits limits = input.limits();
    boolean fromStdin = in.equals("-");
    boolean toStdout = out.equals("-");
    Optional<InputFormat> inFormat =
        input.from().or(() -> fromStdin ? Optional.empty() : InputFormat.ofFile(Path.of(in)));
    if (inFormat.isEmpty() && !fromStdin) {
      throw usageError(
          "cannot tell the format of '" + in + "' from its name: use --from json or --from md");
    }
    Optional<InputFormat> outFormat =
        Optional.ofNullable(to)
            .or(() -> toStdout ? Optional.empty() : InputFormat.ofFile(Path.of(out)));
    if (outFormat.isEmpty()) {
      throw usageError(
          "cannot tell which format to write to '"
              + out
              + "': use a .json or .md name, or --to json or --to md");
    }
    Inputs.Input source =
        new Inputs.Input(
            fromStdin ? Optional.empty() : Optional.of(Path.of(in)), inFormat, Path.of(""));
    PrintWriter err = root.err();
    try {
      StatementFiles files = new StatementFiles(limits, root.stdin());
      Statement statement = files.read(source);
      if (toStdout) {
        OutputStream stdout = root.stdout();
        files.write(outFormat.get(), statement, stdout, compact);
        stdout.flush();
      } else {
        AtomicFiles.write(
            Path.of(out), o -> files.write(outFormat.get(), statement, o, compact));
        if (root.verbose()) {
          err.println("wrote " + out);
        }
      }
      return ExitCodes.OK;
    } catch (Exception | Error e) {
      Diagnostic failure = Diagnostic.of(source.displayName(), e);
      failure.print(err, root.verbose());
      return failure.exitCode();
    }
  }

  private static UsageError usageError(String message) {
    return new UsageError(message);
  }
}
