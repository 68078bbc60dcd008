package org.khabar.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./khabar} command line (see {@code CLI.md} in the shared folder: a public contract).
 * Each sub-command is its own class, registered below.
 */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    version = "khabar 0.1.0-SNAPSHOT",
    description = "Arabic news analysis: tokens with clitics, named entities, diplomatic events.",
    subcommands = {
      AnalyzeCommand.class,
      EvalSegCommand.class,
      EvalEventsCommand.class,
      TrainNerCommand.class,
      EvalNerCommand.class,
    })
public final class KhabarCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line and returns its exit status (for tests).
   *
   * @param args the arguments
   * @return the exit status
   */
  public static int execute(String... args) {
    return CliSupport.execute(CliEnv.system(), args);
  }
}
