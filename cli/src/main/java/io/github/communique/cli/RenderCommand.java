package io.github.communique.cli;

import io.github.communique.model.Statement;
import io.github.communique.pdf.PdfRenderer;
import io.github.communique.render.RenderOptions;
import io.github.communique.render.Renderer;
import io.github.communique.render.Renderers;
import io.github.communique.validate.Limits;
import io.github.communique.validate.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code communique render}: statements to HTML, PDF, text or any renderer on the class path. */
final class RenderCommand {

  static final OptionSpec TO =
      OptionSpec.repeatable(
          "-t",
          "--to",
          "FORMAT[,FORMAT...]",
          "Formats to render, comma-separated: html, pdf, text, any other renderer's format"
              + " (see 'communique formats'), or all. Default: html.");

  static final OptionSpec OUTPUT =
      OptionSpec.value(
          "-o",
          "--output",
          "DIR",
          "Directory for the output files, created when missing; - writes standard output (one"
              + " input, one format). Default: next to each input.");

  static final OptionSpec NO_VALIDATE =
      OptionSpec.flag(
          null,
          "--no-validate",
          "Render without checking the statements first (drafts; renderers stay safe).");

  static final OptionSpec COMPRESS_FONTS =
      OptionSpec.flag(
          null,
          "--compress-fonts",
          "Compress the fonts embedded in PDF: a one-page statement is about a third smaller,"
              + " and renders about twice as slowly.");

  static final CommandSpec SPEC =
      new CommandSpec(
          "communique render",
          "Render statements to HTML, PDF, text or any format a renderer provides.",
          List.of(
              "Reads each FILE (JSON or Markdown) and writes NAME.html, NAME.pdf, NAME.txt (the"
                  + " renderer's extension) next to it, or into DIR with -o. A directory renders"
                  + " every .json and .md file in it (with -r, in its subdirectories too, mirrored"
                  + " under DIR). Files render in parallel; one that fails is reported and the"
                  + " others go on. Every statement is validated first; problems are reported as"
                  + " file:line:column: message.",
              "",
              "'-' reads standard input; with one format and no -o the result goes to standard"
                  + " output.",
              "Files are written atomically: a failed render leaves no partial file and keeps the"
                  + " old one.",
              ""),
          List.of(BatchOptions.FILES),
          Communique.withStandardOptions(
              List.of(TO, OUTPUT),
              InputSettings.OPTIONS,
              List.of(ValidationSettings.REQUIRE_SPEAKERS, NO_VALIDATE),
              RenderSettings.OPTIONS,
              List.of(COMPRESS_FONTS),
              BatchOptions.OPTIONS),
          List.of());

  private final Communique root;
  private final List<String> formats = new ArrayList<>();
  private final String output;
  private final InputSettings input;
  private final ValidationSettings rules;
  private final boolean noValidate;
  private final RenderSettings settings;
  private final boolean compressFonts;
  private final BatchOptions batch;

  /** The command as {@code args} ask for it; a bad value is a usage error. */
  RenderCommand(Communique root, Arguments args) {
    this.root = root;
    for (String value : args.values(TO)) {
      formats.addAll(Arrays.asList(value.split(",")));
    }
    if (formats.isEmpty()) {
      formats.add("html");
    }
    this.output = args.value(OUTPUT);
    this.input = new InputSettings(args);
    this.rules = new ValidationSettings(args);
    this.noValidate = args.flag(NO_VALIDATE);
    this.settings = new RenderSettings(args);
    this.compressFonts = args.flag(COMPRESS_FONTS);
    this.batch = new BatchOptions(args);
  }

  int call() throws IOException {
    PrintWriter err = root.err();
    List<Renderer> found = renderers();
    RenderOptions options = settings.toOptions();
    Limits limits = input.limits();
    List<Renderer> renderers = configured(found, limits, compressFonts);
    List<Inputs.Input> inputs = batch.inputs(input);
    boolean toStdout = "-".equals(output) || (output == null && inputs.get(0).isStdin());
    if (toStdout && (inputs.size() != 1 || renderers.size() != 1)) {
      throw usageError(
          inputs.stream().anyMatch(Inputs.Input::isStdin)
              ? "standard input with several formats needs -o DIR for the files"
              : "-o - (standard output) takes one input and one format");
    }
    if (toStdout && root.interactive() && !renderers.get(0).mediaType().startsWith("text/")) {
      throw usageError(
          "not writing "
              + renderers.get(0).mediaType()
              + " to a terminal: use -o DIR, or redirect"
              + " standard output to a file");
    }
    Optional<Path> outputDir =
        output == null || toStdout ? Optional.empty() : Optional.of(Path.of(output));
    if (!toStdout) {
      checkTargets(inputs, renderers, outputDir);
    }

    StatementFiles reader = new StatementFiles(limits, root.stdin());
    Validator validator = noValidate ? null : rules.validator(limits);
    boolean showProgress = !batch.quiet && !toStdout && root.interactive();
    BatchRunner runner = new BatchRunner(err, showProgress, batch.threads);
    // Fewer files than threads: the formats of each file render side by side, so that one
    // statement to HTML, PDF and text uses the cores a batch of files would.
    boolean formatsInParallel = !toStdout && renderers.size() > 1 && inputs.size() < batch.threads;
    List<Path> written = new ArrayList<>();
    runner.run(
        inputs,
        in ->
            renderOne(
                in, reader, validator, renderers, options, outputDir, toStdout, formatsInParallel),
        (outcome, progress) -> {
          for (Diagnostic d : outcome.diagnostics) {
            if (!batch.quiet || d.exitCode() != ExitCodes.OK) {
              progress.println(d.message());
            }
            if (root.verbose() && d.cause() != null) {
              progress.println(d.stackTrace());
            }
          }
          if (root.verbose()) {
            outcome.written.forEach(p -> progress.println("wrote " + p));
          }
          if (inputs.size() == 1) {
            written.addAll(outcome.written);
          }
        });
    if (!batch.quiet && !toStdout) {
      err.println(summary(runner, inputs, renderers, written));
    }
    err.flush();
    return runner.exitCode;
  }

  private Outcome renderOne(
      Inputs.Input in,
      StatementFiles reader,
      Validator validator,
      List<Renderer> renderers,
      RenderOptions options,
      Optional<Path> outputDir,
      boolean toStdout,
      boolean formatsInParallel) {
    Outcome outcome = new Outcome(in);
    Statement statement;
    try {
      Optional<Statement> valid =
          validator == null
              ? Optional.of(reader.read(in))
              : reader.readValid(in, validator, outcome);
      if (valid.isEmpty()) {
        return outcome; // the problems are in the outcome; an invalid statement is not rendered
      }
      statement = valid.get();
    } catch (Exception | Error e) {
      return outcome.add(Diagnostic.of(in.displayName(), e));
    }
    if (toStdout) {
      Renderer renderer = renderers.get(0); // one format, checked before
      try {
        OutputStream out = root.stdout();
        root.out().flush();
        renderer.render(statement, options, out);
        out.flush();
      } catch (Exception | Error e) {
        outcome.add(Diagnostic.of(in.displayName() + ": " + renderer.format(), e));
      }
      return outcome;
    }
    FormatJob[] jobs = new FormatJob[renderers.size()];
    Thread[] threads = new Thread[jobs.length];
    for (int i = 0; i < jobs.length; i++) {
      Renderer renderer = renderers.get(i);
      jobs[i] = new FormatJob(in, statement, renderer, options, target(in, renderer, outputDir));
      if (formatsInParallel && i > 0) {
        threads[i] = new Thread(jobs[i], "communique-" + renderer.format());
        threads[i].setDaemon(true);
        threads[i].start();
      }
    }
    for (int i = 0; i < jobs.length; i++) {
      if (threads[i] == null) {
        jobs[i].run(); // the first format, or every format in turn
      }
    }
    for (int i = 0; i < jobs.length; i++) {
      join(threads[i]);
      if (jobs[i].failure == null) {
        outcome.written.add(jobs[i].target);
      } else {
        outcome.add(jobs[i].failure);
      }
    }
    return outcome;
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    }
  }

  /** One statement in one format, written atomically to its file; a failure is kept, not thrown. */
  private static final class FormatJob implements Runnable {
    final Path target;
    private final Inputs.Input in;
    private final Statement statement;
    private final Renderer renderer;
    private final RenderOptions options;
    Diagnostic failure; // read after the thread that ran the job has been joined

    FormatJob(
        Inputs.Input in,
        Statement statement,
        Renderer renderer,
        RenderOptions options,
        Path target) {
      this.in = in;
      this.statement = statement;
      this.renderer = renderer;
      this.options = options;
      this.target = target;
    }

    @Override
    public void run() {
      try {
        AtomicFiles.write(target, out -> renderer.render(statement, options, out));
      } catch (Exception | Error e) {
        failure = Diagnostic.of(in.displayName() + ": " + renderer.format(), e);
      }
    }
  }

  /** The renderers for --to, in the order asked for; an unknown format is a usage error. */
  private List<Renderer> renderers() {
    Renderers available = root.renderers();
    if (available.all().isEmpty()) {
      throw usageError("no renderers found on the class path");
    }
    Set<Renderer> chosen = new LinkedHashSet<>();
    for (String format : formats) {
      String name = format.strip();
      if (name.equalsIgnoreCase("all")) {
        chosen.addAll(available.all());
        continue;
      }
      chosen.add(
          available
              .find(name)
              .orElseThrow(
                  () ->
                      usageError(
                          "unknown format '"
                              + name
                              + "' for --to; available: "
                              + String.join(", ", available.formats())
                              + " (a renderer's jar on the class path adds its format)")));
    }
    return List.copyOf(chosen);
  }

  /**
   * The renderers refusing statements deeper than the {@code --limit} settings, which must not be
   * lower than the reader's: every renderer, a plug-in's too, renders what was read. With {@code
   * --compress-fonts}, the PDF renderer compresses its fonts.
   */
  private static List<Renderer> configured(
      List<Renderer> renderers, Limits limits, boolean compressFonts) {
    List<Renderer> result = new ArrayList<>();
    for (Renderer renderer : renderers) {
      Renderer limited = renderer.withLimits(limits);
      // Only when asked: the check would load the PDF renderer for every render.
      if (compressFonts && limited instanceof PdfRenderer pdf) {
        limited = pdf.withCompressedFonts(true);
      }
      result.add(limited);
    }
    return List.copyOf(result);
  }

  /** Where the output of {@code renderer} for {@code in} goes: NAME.EXT beside it or in DIR. */
  private static Path target(Inputs.Input in, Renderer renderer, Optional<Path> outputDir) {
    String name = in.baseName() + "." + renderer.fileExtension();
    if (outputDir.isPresent()) {
      return outputDir.get().resolve(in.relativeDir()).resolve(name);
    }
    return in.file().orElseThrow().resolveSibling(name);
  }

  /**
   * Refuses, before anything is written, two inputs that would write the same file (a.json and
   * a.md) and an output that would replace an input (a Markdown renderer on a.md).
   */
  private void checkTargets(
      List<Inputs.Input> inputs, List<Renderer> renderers, Optional<Path> outputDir) {
    Map<Path, Inputs.Input> byTarget = new HashMap<>();
    Set<Path> sources = new java.util.HashSet<>();
    for (Inputs.Input in : inputs) {
      in.file().ifPresent(f -> sources.add(f.toAbsolutePath().normalize()));
    }
    for (Inputs.Input in : inputs) {
      for (Renderer renderer : renderers) {
        Path target = target(in, renderer, outputDir);
        Path key = target.toAbsolutePath().normalize();
        if (sources.contains(key)) {
          throw usageError(
              "rendering "
                  + in.displayName()
                  + " to "
                  + renderer.format()
                  + " would overwrite the input "
                  + target
                  + "; choose another directory with -o");
        }
        Inputs.Input other = byTarget.putIfAbsent(key, in);
        if (other != null && other != in) {
          throw usageError(
              other.displayName()
                  + " and "
                  + in.displayName()
                  + " would both be rendered to "
                  + target
                  + "; choose one with --from json or --from md, or render them into different -o"
                  + " directories");
        }
      }
    }
  }

  /**
   * "Rendered a.json to html, pdf in 0.31 s: a.html, a.pdf", "Rendered 12 files to html in 1.20 s:
   * 12 files written", "Rendered 11 of 12 files to html in 1.20 s: 11 files written; 1 failed".
   */
  private static String summary(
      BatchRunner runner, List<Inputs.Input> inputs, List<Renderer> renderers, List<Path> written) {
    StringBuilder s = new StringBuilder("Rendered ");
    if (runner.failedFiles > 0) {
      s.append(runner.files - runner.failedFiles).append(" of ");
      s.append(BatchRunner.count(runner.files, "file", "files"));
    } else if (inputs.size() == 1) {
      s.append(inputs.get(0).displayName());
    } else {
      s.append(BatchRunner.count(runner.files, "file", "files"));
    }
    s.append(" to ")
        .append(renderers.stream().map(Renderer::format).collect(Collectors.joining(", ")));
    s.append(" in ").append(BatchRunner.duration(runner.elapsedNanos)).append(": ");
    if (inputs.size() == 1 && runner.failedFiles == 0) {
      s.append(written.stream().map(Path::toString).collect(Collectors.joining(", ")));
    } else {
      s.append(BatchRunner.count(runner.written, "file", "files")).append(" written");
    }
    if (runner.failedFiles > 0) {
      s.append("; ").append(runner.failedFiles).append(" failed");
    }
    return s.append(runner.warningCount()).toString();
  }

  private static UsageError usageError(String message) {
    return new UsageError(message);
  }
}
