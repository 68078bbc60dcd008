package org.khabar.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.khabar.ModelLoadException;
import picocli.CommandLine;

/**
 * Runs the command line in an environment: commands get their streams and pipeline from a
 * {@link CliEnv}, usage errors print one line and a hint (exit status {@value #USAGE}), and an
 * unexpected exception prints one line, never a stack trace (exit status {@value #FAILURE}; set the
 * environment variable {@code KHABAR_DEBUG=1} to see the trace).
 */
public final class CliSupport {
  /** Exit status: success. */
  public static final int OK = 0;
  /** Exit status: some input was bad (reported on standard error); the rest was processed. */
  public static final int BAD_INPUT = 1;
  /** Exit status: wrong options or arguments. */
  public static final int USAGE = 2;
  /** Exit status: the run could not be done (model failed to load, output not writable, internal error). */
  public static final int FAILURE = 3;
  /** Exit status: standard output was closed by the reader ({@code | head}), as 128 + SIGPIPE. */
  public static final int BROKEN_PIPE = 141;

  private CliSupport() {}

  /**
   * Runs the command line.
   *
   * @param env the streams and pipeline
   * @param args the arguments
   * @return the exit status
   */
  public static int execute(CliEnv env, String... args) {
    CommandLine cl = new CommandLine(new KhabarCli(), new Factory(env));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      err.println("khabar: " + oneLine(ex.getMessage()));
      err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof ModelLoadException) {
        err.println("khabar: cannot load model: " + oneLine(ex.getMessage()));
      } else {
        err.println("khabar: internal error: " + oneLine(String.valueOf(ex))
            + " (set KHABAR_DEBUG=1 to see where)");
      }
      if ("1".equals(System.getenv("KHABAR_DEBUG"))) {
        ex.printStackTrace(err);
      }
      return FAILURE;
    });
    int status;
    try {
      status = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // an Error passes picocli's handlers: still one line, never a stack trace
      err.println("khabar: out of memory: the Java heap is too small for the models and the documents in"
          + " flight (give the JVM more, e.g. KHABAR_JAVA_OPTS=-Xmx1g ./khabar ...)");
      if ("1".equals(System.getenv("KHABAR_DEBUG"))) {
        e.printStackTrace(err);
      }
      status = FAILURE;
    }
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Makes a message fit on one line.
   *
   * @param s a message, possibly null or on several lines
   * @return the message with line breaks replaced by spaces
   */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        if (!space) {
          b.append(' ');
        }
        space = true;
      } else {
        b.append(c);
        space = c == ' ';
      }
    }
    return b.toString().trim();
  }

  /** Creates commands through picocli's default factory and gives the environment to those that take it. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliEnv env;

    Factory(CliEnv env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      K k = CommandLine.defaultFactory().create(cls);
      if (k instanceof EnvAware) {
        ((EnvAware) k).env(env);
      }
      return k;
    }
  }
}
