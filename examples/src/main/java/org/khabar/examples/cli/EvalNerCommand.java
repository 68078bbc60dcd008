package org.khabar.examples.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.ModelLoadException;
import org.khabar.ModelSource;
import org.khabar.Pipeline;
import org.khabar.examples.eval.NerEvaluator;
import org.khabar.internal.ner.NerCorpus;
import org.khabar.internal.ner.NerScores;
import org.khabar.models.BundledModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khabar eval-ner FILE...}: scores the NER model on gold two-column files, CoNLL-style (see
 * {@link NerEvaluator}); the last line printed is {@code overall F1 = NN.NN}.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
    description = {"Evaluate NER on gold 'TOKEN TAG' files (blank line between sentences; BIO/IOB tags; "
        + "ANERcorp's PERS is PER, AQMAR's MIS* are MISC).",
        "Prints precision, recall and F1 per type and overall (exact entity spans); the last line is "
            + "'overall F1 = NN.NN'."})
final class EvalNerCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "gold files; each is one document. A directory stands for its *.txt files (one document each).")
  List<Path> files;

  @Option(names = "--model", paramLabel = "PATH",
      description = "evaluate this model file instead of the shipped one")
  Path model;

  @Option(names = "--seen", paramLabel = "FILE",
      description = "also print, per type, the recall of names that occur in FILE (e.g. the training split) "
          + "and of the others (before the scores)")
  List<Path> seen = List.of();

  @Option(names = "--aqmar-test",
      description = "with a directory of AQMAR articles: leave out the 8 dev articles (the 20-article test set)")
  boolean aqmarTest;

  @Override
  public Integer call() {
    List<NerCorpus.Document> docs;
    try {
      docs = NerEvaluator.read(files, aqmarTest);
    } catch (NoSuchFileException e) {
      System.err.println("khabar eval-ner: no such file: " + e.getFile());
      return 1;
    } catch (IOException e) {
      System.err.println("khabar eval-ner: cannot read: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.err.println("khabar eval-ner: " + e.getMessage());
      return 1;
    }
    Pipeline pipeline;
    try {
      pipeline = model == null ? BundledModels.standardPipeline()
          : Pipeline.builder().nerModel(ModelSource.of(model)).build();
    } catch (ModelLoadException e) {
      System.err.println("khabar eval-ner: " + e.getMessage());
      return 1;
    }
    NerEvaluator evaluator = new NerEvaluator(pipeline);
    if (!seen.isEmpty()) {
      try {
        System.out.print(evaluator.recallBySeen(docs, NerEvaluator.read(seen, false)));
      } catch (IOException | IllegalArgumentException e) {
        System.err.println("khabar eval-ner: cannot read --seen: " + e.getMessage());
        return 1;
      }
    }
    NerScores scores = evaluator.evaluate(docs);
    System.out.print(scores.report());
    return 0;
  }
}
