package io.github.communique.cli;

import io.github.communique.model.Statement;
import io.github.communique.validate.Limits;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code communique convert}: a statement from Markdown to JSON or back. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Communique.Version.class,
    sortOptions = false,
    headerHeading = "%n",
    synopsisHeading = "%nUsage: ",
    header = "Convert a statement between Markdown and JSON.",
    description = {
      "",
      "Reads IN and writes OUT, each in the format its extension says (.json, .md) unless --from"
          + " or --to say otherwise. - is standard input or output. OUT is written atomically."
          + " Converting does not validate: use 'communique validate' for that.",
      ""
    },
    footer = ExitCodes.HELP_FOOTER)
final class ConvertCommand implements Callable<Integer> {

  @ParentCommand Communique root;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The statement to read, or -.")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write, or -.")
  String out;

  @Mixin InputSettings input;

  @Option(
      names = {"-t", "--to"},
      paramLabel = "json|md",
      converter = InputFormat.Converter.class,
      description = "Write this format whatever OUT's extension. Default: by OUT's extension.")
  InputFormat to;

  @Option(names = "--compact", description = "JSON on one line, without indentation.")
  boolean compact;

  @Override
  public Integer call() {
    Limits limits = input.limits(spec);
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
    PrintWriter err = spec.commandLine().getErr();
    try {
      Statement statement = new StatementFiles(limits, root.stdin()).read(source);
      if (toStdout) {
        OutputStream stdout = root.stdout();
        StatementFiles.write(outFormat.get(), statement, stdout, compact);
        stdout.flush();
      } else {
        AtomicFiles.write(
            Path.of(out), o -> StatementFiles.write(outFormat.get(), statement, o, compact));
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

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
