package org.khabar.examples.cli;

/** A command that reads and writes through a {@link CliEnv} rather than the process' streams. */
interface EnvAware {
  /**
   * Gives the command its environment before it runs.
   *
   * @param env the environment
   */
  void env(CliEnv env);
}
