package org.khabar.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.ModelLoadException;
import org.khabar.Pipeline;
import org.khabar.examples.eval.EventEvaluator;
import org.khabar.models.BundledModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar eval-events}: scores event extraction against gold JSONL (CLI.md). */
@Command(name = "eval-events", mixinStandardHelpOptions = true,
    description = "Evaluate event extraction against gold JSONL (the events dev set format); "
        + "the last line is 'event F1 = NN.NN'.")
final class EvalEventsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "gold documents, one JSON object per line")
  Path file;

  @Option(names = "--details", description = "also print every missed, false or partly wrong event")
  boolean details;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      System.err.println("eval-events: " + file + ": no such file");
      return 1;
    }
    Pipeline pipeline = pipeline();
    EventEvaluator ev = new EventEvaluator(pipeline);
    try {
      ev.evaluate(file);
    } catch (IOException e) {
      System.err.println("eval-events: " + e.getMessage());
      return 1;
    }
    if (details) {
      ev.printDetails(System.out);
    }
    ev.printReport(System.out);
    return 0;
  }

  /** The pipeline the command line runs: the bundled models, or no NER while none is bundled. */
  static Pipeline pipeline() {
    try {
      return BundledModels.standardPipeline();
    } catch (ModelLoadException e) {
      System.err.println("eval-events: no bundled NER model (" + e.getMessage()
          + "); evaluating without entities");
      return Pipeline.builder().build();
    }
  }
}
