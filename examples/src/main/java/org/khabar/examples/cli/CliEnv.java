package org.khabar.examples.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.function.Supplier;
import org.khabar.Pipeline;

/**
 * What a command reads and writes: standard input, output and error, whether standard error is a
 * terminal, and where the pipeline comes from. The real command line uses {@link #system()}; tests
 * pass byte-array streams and a pipeline of their own.
 *
 * <p>Standard output is the raw file descriptor (not {@link System#out}, which hides write errors), so
 * a closed pipe ({@code | head}) is seen as an {@link java.io.IOException} and the command can stop
 * quietly.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error (one-line messages and progress)
 * @param stderrIsTerminal true when standard error is an interactive terminal (progress bar rather
 *     than plain lines)
 * @param pipelines supplies the pipeline, called at most once per command
 */
public record CliEnv(
    InputStream in, OutputStream out, PrintStream err, boolean stderrIsTerminal,
    Supplier<Pipeline> pipelines) {

  /**
   * Checks the components.
   *
   * @param in see the record component
   * @param out see the record component
   * @param err see the record component
   * @param stderrIsTerminal see the record component
   * @param pipelines see the record component
   * @throws NullPointerException if a component is null
   */
  public CliEnv {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(pipelines, "pipelines");
  }

  /**
   * Returns the environment of the real command line: the process' file descriptors and the standard
   * pipeline of {@link CliPipelines#standard(PrintStream)}.
   *
   * @return the environment
   */
  public static CliEnv system() {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    return new CliEnv(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
        err, detectTerminal(), () -> CliPipelines.standard(err));
  }

  /**
   * Decides whether standard error is a terminal: {@link System#console()} when it says so, else on
   * Linux whether {@code /proc/self/fd/2} is a terminal device; {@code TERM=dumb} means no.
   *
   * @return true for an interactive terminal
   */
  static boolean detectTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    if (System.console() != null) {
      return true;
    }
    try {
      Path fd2 = Paths.get("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
    return false;
  }
}
