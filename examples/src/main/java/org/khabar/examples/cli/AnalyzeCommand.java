package org.khabar.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.khabar.Document;
import org.khabar.DocumentTooLargeException;
import org.khabar.ModelLoadException;
import org.khabar.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar analyze}: analyses text files or JSONL streams and prints JSON, JSONL, CoNLL or HTML
 * (see {@code docs/cli.md} and the public contract {@code CLI.md}).
 *
 * <p>Documents are analysed by {@code --threads} workers sharing one pipeline; results are written in
 * input order. At most a bounded window of documents (by count and by bytes) is in flight, so memory
 * does not grow with the input. A bad document or line is reported on standard error with its file
 * name (and line number) and the others are still processed; the exit status is then 1.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Analyse UTF-8 text files (each one document) or JSONL streams (one document per line) and print",
      "the sentences, entities and events with character offsets into the original text.",
      "Reads standard input when no FILE is given (or FILE is -).", ""},
    footer = {"",
      "Formats:",
      "  json   one JSON object per document, indented (the default for text input)",
      "  jsonl  one JSON object per line (the default for --input jsonl)",
      "  conll  one token per line, tab-separated: INDEX TOKEN NORM SEGMENTS NER EVENT START END;",
      "         '# doc_id', '# sent_id' and '# text' comment lines; a blank line after each sentence.",
      "         SEGMENTS: text/KIND joined by '+'; NER: B-TYPE, I-TYPE or O; EVENT: marks",
      "         N:TRIGGER:CAMEO, N:SOURCE, N:TARGET, N:LOCATION, N:TIME joined by '|', or '_'",
      "  html   one self-contained right-to-left page per document; to standard output for one",
      "         text input, else one file per document with --output DIR",
      "",
      "JSONL input lines: {\"id\": \"...\", \"text\": \"...\", \"date\": \"YYYY-MM-DD\"} (date optional).",
      "Errors go to standard error as 'khabar: FILE[:LINE]: message'; the other documents are still",
      "processed. A byte order mark in a text file stays in the text (offsets count it); one at the",
      "start of a JSONL stream is skipped.",
      "",
      "Exit status: 0 all documents analysed; 1 some input was bad (reported); 2 usage error;",
      "3 the run failed (model, output, internal error); 141 standard output was closed (| head)."})
final class AnalyzeCommand implements Callable<Integer>, EnvAware {

  /** The input formats. */
  enum InputFormat {
    /** Each file is one UTF-8 text document. */
    text,
    /** Each line is a JSON object with id, text and optional date. */
    jsonl
  }

  /** The output formats. */
  enum Format {
    /** Indented JSON, one object per document. */
    json,
    /** One compact JSON object per line. */
    jsonl,
    /** CoNLL-style token lines. */
    conll,
    /** A self-contained HTML page per document. */
    html
  }

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "text|jsonl",
      description = "Input format: text (default; each file is one document) or jsonl.")
  InputFormat input = InputFormat.text;

  @Option(names = "--format", paramLabel = "json|jsonl|conll|html",
      description = "Output format (default: json for text input, jsonl for --input jsonl).")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Document date for resolving relative times; with --input jsonl, the date of "
          + "lines that have none.")
  LocalDate date;

  @Option(names = "--include-tokens", description = "Also write the tokens, with norms and clitic segments.")
  boolean includeTokens;

  @Option(names = "--include-text", description = "Also write the original text.")
  boolean includeText;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads sharing one pipeline (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--output", paramLabel = "DIR",
      description = "With --format html: write one page per document into DIR (created if missing).")
  Path outputDir;

  @Option(names = "--progress", paramLabel = "auto|bar|lines|off",
      description = "Progress on standard error: auto (default: for inputs over 4 MB or runs over 2 s; "
          + "a bar on a terminal, a line every 5 s otherwise), bar, lines or off.")
  Progress.Mode progress = Progress.Mode.auto;

  @Option(names = "--stats", hidden = true,
      description = "Print CPU time of the reading/writing thread and of the workers at the end (benchmarks).")
  boolean stats;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Input files; standard input when none is given or for '-'.")
  List<String> files = new ArrayList<>();

  private CliEnv env;

  @Override
  public void env(CliEnv env) {
    this.env = env;
  }

  /** Converts {@code --date}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return JsonlRecord.parseDate(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    if (env == null) {
      env = CliEnv.system();
    }
    validate();
    Pipeline pipeline;
    try {
      pipeline = env.pipelines().get();
    } catch (ModelLoadException e) {
      env.err().println("khabar: cannot load model: " + CliSupport.oneLine(e.getMessage()));
      return CliSupport.FAILURE;
    }
    Format fmt = format != null ? format : input == InputFormat.jsonl ? Format.jsonl : Format.json;
    if (outputDir != null) {
      try {
        Files.createDirectories(outputDir);
      } catch (IOException e) {
        env.err().println("khabar: cannot create output directory " + outputDir + ": "
            + CliSupport.oneLine(e.toString()));
        return CliSupport.FAILURE;
      }
    }
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    return new Run(pipeline, fmt, inputs).execute();
  }

  private void validate() {
    CommandLine cl = spec.commandLine();
    if (threads < 1 || threads > 1024) {
      throw new CommandLine.ParameterException(cl,
          "--threads must be between 1 and 1024, got " + threads);
    }
    Format fmt = format != null ? format : input == InputFormat.jsonl ? Format.jsonl : Format.json;
    if (outputDir != null && fmt != Format.html) {
      throw new CommandLine.ParameterException(cl, "--output DIR is for --format html only");
    }
    if (fmt == Format.html && outputDir == null && (input == InputFormat.jsonl || files.size() > 1)) {
      throw new CommandLine.ParameterException(cl, "--format html writes one page per document: "
          + "give --output DIR for JSONL input or more than one file");
    }
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new CommandLine.ParameterException(cl, "--output " + outputDir + " is not a directory");
    }
    long stdin = files.stream().filter("-"::equals).count();
    if (stdin > 1) {
      throw new CommandLine.ParameterException(cl, "standard input ('-') can be read only once");
    }
  }

  /** The outcome of one document: output bytes, or an error message. */
  private static final class Result {
    final String where;
    final byte[] output;
    final String pageName;
    final String error;
    final boolean internal;

    private Result(String where, byte[] output, String pageName, String error, boolean internal) {
      this.where = where;
      this.output = output;
      this.pageName = pageName;
      this.error = error;
      this.internal = internal;
    }

    static Result ok(String where, byte[] output, String pageName) {
      return new Result(where, output, pageName, null, false);
    }

    static Result error(String where, String message) {
      return new Result(where, null, null, message, false);
    }

    static Result internal(String where, String message) {
      return new Result(where, null, null, message, true);
    }
  }

  /** A document in flight. */
  private static final class Pending {
    final Future<Result> future;
    final long bytes;

    Pending(Future<Result> future, long bytes) {
      this.future = future;
      this.bytes = bytes;
    }
  }

  /** Thrown when standard output cannot be written. */
  private static final class OutputClosedException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputClosedException(IOException cause) {
      super(cause);
    }
  }

  /** One run of the command: reads inputs, keeps the window, writes results in order. */
  private final class Run {
    private final Pipeline pipeline;
    private final Format fmt;
    private final List<String> inputs;
    private final JsonFactory json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    private final int maxDocs;
    private final long maxBytes;
    private final ArrayDeque<Pending> window = new ArrayDeque<>();
    private final Set<String> pageNames = new HashSet<>();
    private final OutputStream out;
    private ExecutorService pool;
    private Progress progressView;
    private long inFlightBytes;
    private long docs;
    private long errors;
    private boolean internalErrors;
    private long bytesRead;
    private boolean wroteAny;

    Run(Pipeline pipeline, Format fmt, List<String> inputs) {
      this.pipeline = pipeline;
      this.fmt = fmt;
      this.inputs = inputs;
      this.maxDocs = Math.max(16, threads * 8);
      // outputs wait in the window too: tokens and pages are many times larger than their input
      this.maxBytes = includeTokens || fmt == Format.conll || fmt == Format.html ? 4L << 20 : 32L << 20;
      this.out = new BufferedOutputStream(env.out(), 1 << 16);
    }

    int execute() {
      AtomicInteger n = new AtomicInteger();
      List<Thread> workers = java.util.Collections.synchronizedList(new ArrayList<>());
      long startNanos = System.nanoTime();
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "khabar-worker-" + n.incrementAndGet());
        t.setDaemon(true);
        workers.add(t);
        return t;
      });
      progressView = new Progress(env.err(), progress, env.stderrIsTerminal(), totalBytes());
      try {
        for (String name : inputs) {
          if (input == InputFormat.jsonl) {
            readJsonl(name);
          } else {
            readText(name);
          }
        }
        drain(0, 0);
        out.flush();
      } catch (OutputClosedException e) {
        progressView.interrupt();
        return outputFailed(e.getCause());
      } catch (IOException e) {
        progressView.interrupt();
        return outputFailed(e);
      } finally {
        if (stats) {
          printStats(workers, startNanos);
        }
        pool.shutdownNow();
      }
      progressView.finish(docs, bytesRead, errors);
      return internalErrors ? CliSupport.FAILURE : errors > 0 ? CliSupport.BAD_INPUT : CliSupport.OK;
    }

    private void printStats(List<Thread> workers, long startNanos) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long main = mx.getCurrentThreadCpuTime();
      long work = 0;
      synchronized (workers) {
        for (Thread t : workers) {
          long c = mx.getThreadCpuTime(t.getId());
          work += Math.max(0, c);
        }
      }
      env.err().printf(java.util.Locale.ROOT,
          "khabar: stats: wall %.2f s, main thread CPU %.2f s, %d workers CPU %.2f s%n",
          (System.nanoTime() - startNanos) / 1e9, main / 1e9, workers.size(), work / 1e9);
    }

    private int outputFailed(Throwable e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("Broken pipe") || msg.contains("Stream closed")) {
        return CliSupport.BROKEN_PIPE;
      }
      env.err().println("khabar: cannot write output: " + CliSupport.oneLine(String.valueOf(e)));
      return CliSupport.FAILURE;
    }

    private long totalBytes() {
      long total = 0;
      for (String name : inputs) {
        try {
          if ("-".equals(name)) {
            if (!(env.in() instanceof FileInputStream)) {
              return -1;
            }
            long size = ((FileInputStream) env.in()).getChannel().size();
            if (size <= 0) {
              return -1;
            }
            total += size;
          } else {
            Path p = Paths.get(name);
            if (Files.isRegularFile(p)) {
              total += Files.size(p);
            }
          }
        } catch (IOException | RuntimeException e) {
          return -1;
        }
      }
      return total;
    }

    private String display(String name) {
      return "-".equals(name) ? "<stdin>" : CliSupport.oneLine(name);
    }

    // ---------------------------------------------------------------- text input

    /**
     * Reads at most {@code max} bytes with plain {@code read} calls. Not {@code readNBytes}: Java
     * 17's {@code FileInputStream.readNBytes} asks the descriptor for its position and fails with
     * "Illegal seek" on a pipe ({@code printf ... | khabar analyze}).
     */
    private byte[] readUpTo(InputStream in, int max) throws IOException {
      byte[] buf = new byte[Math.min(max, 1 << 16)];
      int n = 0;
      while (n < max) {
        if (n == buf.length) {
          buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, 2L * buf.length));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    private void readText(String name) throws OutputClosedException, IOException {
      String where = display(name);
      String id = "-".equals(name) ? "stdin" : name;
      long limitBytes = 3L * pipeline.maxDocumentLength() + 3;
      byte[] bytes;
      if ("-".equals(name)) {
        try {
          bytes = readUpTo(env.in(), (int) Math.min(Integer.MAX_VALUE - 16, limitBytes + 1));
        } catch (IOException e) {
          submitDone(Result.error(where, "cannot read: " + CliSupport.oneLine(e.getMessage())));
          return;
        }
      } else {
        Path p = Paths.get(name);
        if (Files.isDirectory(p)) {
          submitDone(Result.error(where, "is a directory"));
          return;
        }
        try (InputStream in = Files.newInputStream(p)) {
          bytes = readUpTo(in, (int) Math.min(Integer.MAX_VALUE - 16, limitBytes + 1));
        } catch (NoSuchFileException e) {
          submitDone(Result.error(where, "no such file"));
          return;
        } catch (AccessDeniedException e) {
          submitDone(Result.error(where, "permission denied"));
          return;
        } catch (FileSystemException e) {
          submitDone(Result.error(where, "cannot read: " + CliSupport.oneLine(e.getReason())));
          return;
        } catch (IOException e) {
          submitDone(Result.error(where, "cannot read: " + CliSupport.oneLine(e.getMessage())));
          return;
        }
      }
      bytesRead += bytes.length;
      if (bytes.length > limitBytes) {
        submitDone(Result.error(where, "more than " + limitBytes + " bytes: longer than maxDocumentLength = "
            + pipeline.maxDocumentLength() + " characters; not analysed"));
        return;
      }
      String page = "-".equals(name) ? "stdin" : baseName(Paths.get(name));
      LocalDate d = date;
      submit(() -> {
        String text;
        try {
          text = Utf8.decode(bytes, 0, bytes.length);
        } catch (Utf8.MalformedException e) {
          return Result.error(where, e.getMessage());
        }
        return analyse(where, id, text, d, page);
      }, bytes.length);
    }

    // ---------------------------------------------------------------- JSONL input

    private void readJsonl(String name) throws OutputClosedException, IOException {
      String where = display(name);
      InputStream in;
      if ("-".equals(name)) {
        in = env.in();
      } else {
        Path p = Paths.get(name);
        if (Files.isDirectory(p)) {
          submitDone(Result.error(where, "is a directory"));
          return;
        }
        try {
          in = Files.newInputStream(p);
        } catch (NoSuchFileException e) {
          submitDone(Result.error(where, "no such file"));
          return;
        } catch (AccessDeniedException e) {
          submitDone(Result.error(where, "permission denied"));
          return;
        } catch (IOException e) {
          submitDone(Result.error(where, "cannot read: " + CliSupport.oneLine(e.getMessage())));
          return;
        }
      }
      int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, 6L * pipeline.maxDocumentLength() + 1024);
      LineReader lines = new LineReader(in, maxLine);
      long before = 0;
      try {
        while (true) {
          boolean more;
          try {
            more = lines.next();
          } catch (IOException e) {
            submitDone(Result.error(where + ":" + (lines.lineNumber() + 1),
                "cannot read: " + CliSupport.oneLine(e.getMessage())));
            return;
          } finally {
            bytesRead += lines.consumed() - before;
            before = lines.consumed();
          }
          if (!more) {
            break;
          }
          String at = where + ":" + lines.lineNumber();
          if (lines.tooLong()) {
            submitDone(Result.error(at, "line of " + lines.lineBytes() + " bytes is longer than "
                + maxLine + " bytes (6 x maxDocumentLength = " + pipeline.maxDocumentLength()
                + " characters); not analysed"));
            continue;
          }
          byte[] line = lines.lineCopy();
          if (isBlank(line)) {
            submitDone(Result.error(at, line.length == 0 ? "empty line (no document)"
                : "blank line (no document)"));
            continue;
          }
          long lineOffset = lines.lineOffset();
          LocalDate defaultDate = date;
          submit(() -> analyseLine(at, line, lineOffset, defaultDate), line.length);
        }
      } finally {
        if (!"-".equals(name)) {
          in.close();
        }
      }
    }

    private Result analyseLine(String at, byte[] line, long lineOffset, LocalDate defaultDate) {
      String s;
      try {
        s = Utf8.decode(line, 0, line.length);
      } catch (Utf8.MalformedException e) {
        return Result.error(at, e.getMessage() + " of the line (byte " + (lineOffset + e.offset)
            + " of the input)");
      }
      JsonlRecord r;
      try {
        r = JsonlRecord.parse(json, s);
      } catch (JsonlRecord.BadRecordException e) {
        return Result.error(e.id == null ? at : at + " (id " + CliSupport.oneLine(e.id) + ")", e.getMessage());
      }
      return analyse(at + " (id " + CliSupport.oneLine(r.id()) + ")", r.id(), r.text(),
          r.date() != null ? r.date() : defaultDate, r.id());
    }

    // ---------------------------------------------------------------- analysis and output

    private Result analyse(String where, String id, String text, LocalDate d, String page) {
      Document doc;
      try {
        doc = pipeline.process(text, d);
      } catch (DocumentTooLargeException e) {
        return Result.error(where, CliSupport.oneLine(e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        return Result.internal(where, "internal error while analysing: " + CliSupport.oneLine(e.toString()));
      }
      try {
        return Result.ok(where, render(id, doc), page);
      } catch (IOException | RuntimeException e) {
        return Result.internal(where, "internal error while writing: " + CliSupport.oneLine(e.toString()));
      }
    }

    private byte[] render(String id, Document doc) throws IOException {
      switch (fmt) {
        case json:
        case jsonl: {
          ByteArrayOutputStream b = new ByteArrayOutputStream(1024 + doc.text().length() * 2);
          try (JsonGenerator g = json.createGenerator(b)) {
            if (fmt == Format.json) {
              g.useDefaultPrettyPrinter();
            }
            JsonDocumentWriter.write(g, id, doc, includeTokens, includeText);
          }
          b.write('\n');
          return b.toByteArray();
        }
        case conll: {
          StringBuilder sb = new StringBuilder(doc.tokens().size() * 40 + 64);
          ConllWriter.write(sb, id, doc);
          return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        case html:
          return HtmlReport.render(id, doc).getBytes(StandardCharsets.UTF_8);
        default:
          throw new IllegalStateException("unknown format " + fmt);
      }
    }

    private void submit(Callable<Result> job, long bytes) throws OutputClosedException, IOException {
      drain(maxDocs - 1, Math.max(0, maxBytes - bytes));
      Future<Result> f = pool.submit(job);
      window.add(new Pending(f, bytes));
      inFlightBytes += bytes;
      writeDone();
    }

    private void submitDone(Result r) throws OutputClosedException, IOException {
      window.add(new Pending(CompletableFuture.completedFuture(r), 0));
      writeDone();
    }

    /** Writes the results at the head of the window that are ready, without waiting. */
    private void writeDone() throws OutputClosedException, IOException {
      while (!window.isEmpty() && window.peekFirst().future.isDone()) {
        write(window.pollFirst());
      }
    }

    /** Waits for and writes results until at most {@code docs} are in flight within {@code bytes}. */
    private void drain(int maxCount, long maxInFlight) throws OutputClosedException, IOException {
      while (!window.isEmpty() && (window.size() > maxCount || inFlightBytes > maxInFlight)) {
        if (!window.peekFirst().future.isDone()) {
          flushOut();
        }
        write(window.pollFirst());
      }
    }

    private void flushOut() throws OutputClosedException {
      try {
        out.flush();
      } catch (IOException e) {
        throw new OutputClosedException(e);
      }
    }

    private void write(Pending p) throws OutputClosedException, IOException {
      inFlightBytes -= p.bytes;
      Result r;
      try {
        r = p.future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        r = Result.internal("?", "internal error: " + CliSupport.oneLine(String.valueOf(e.getCause())));
      }
      docs++;
      if (r.error != null) {
        errors++;
        internalErrors |= r.internal;
        progressView.interrupt();
        env.err().println("khabar: " + r.where + ": " + r.error);
      } else if (outputDir != null) {
        Path target = outputDir.resolve(uniquePageName(r.pageName) + ".html");
        try {
          Files.write(target, r.output);
        } catch (IOException e) {
          throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
      } else {
        try {
          if (fmt == Format.conll && wroteAny) {
            out.write('\n');
          }
          out.write(r.output);
          wroteAny = true;
        } catch (IOException e) {
          throw new OutputClosedException(e);
        }
      }
      progressView.update(docs, bytesRead);
    }

    private String uniquePageName(String base) {
      String name = sanitize(base);
      String candidate = name;
      for (int k = 2; !pageNames.add(candidate); k++) {
        candidate = name + "-" + k;
      }
      return candidate;
    }
  }

  /** Returns the file name without its last extension. */
  static String baseName(Path p) {
    Path f = p.getFileName();
    String s = f == null ? "document" : f.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  /** Makes a document id usable as a file name: letters, digits, '-', '_' and '.' kept, at most 100. */
  static String sanitize(String id) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < id.length() && b.length() < 100; ) {
      int cp = id.codePointAt(i);
      i += Character.charCount(cp);
      boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || (cp == '.' && b.length() > 0);
      b.appendCodePoint(keep ? cp : '_');
    }
    return b.length() == 0 ? "document" : b.toString();
  }

  private static boolean isBlank(byte[] line) {
    for (byte c : line) {
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
