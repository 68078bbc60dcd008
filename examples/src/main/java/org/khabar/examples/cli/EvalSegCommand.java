package org.khabar.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.Pipeline;
import org.khabar.examples.eval.SegmentationEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar eval-seg}: scores clitic segmentation against UD CoNLL-U or Farasa WikiNews. */
@Command(name = "eval-seg", mixinStandardHelpOptions = true,
    description = {"Score clitic segmentation against a gold standard: UD CoNLL-U (UD Arabic-PUD) "
        + "or the Farasa WikiNews format (WikiNews.pos.ref), detected from the content.",
        "Prints counts per segment kind and per gold label; the last line is 'word F1 = NN.NN'."})
final class EvalSegCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the gold file (.conllu or WikiNews.pos.ref)")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "auto (default), conllu or farasa")
  String format = "auto";

  @Option(names = "--part", paramLabel = "PART",
      description = "all (default), dev (first half of the texts) or test (second half)")
  String part = "all";

  @Option(names = "--errors", paramLabel = "N",
      description = "also print up to N wrongly segmented words (gold | ours); default 0")
  int errors;

  @Override
  public Integer call() {
    SegmentationEvaluator.Format fmt;
    SegmentationEvaluator.Part prt;
    try {
      prt = SegmentationEvaluator.Part.valueOf(part.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("eval-seg: unknown --part '" + part + "': give all, dev or test");
      return 2;
    }
    if (errors < 0) {
      System.err.println("eval-seg: --errors " + errors + " must be at least 0");
      return 2;
    }
    List<String> lines;
    try {
      if (!Files.isReadable(file) || Files.isDirectory(file)) {
        throw new NoSuchFileException(file.toString());
      }
      lines = SegmentationEvaluator.readLines(file);
    } catch (NoSuchFileException e) {
      System.err.println("eval-seg: cannot read " + file);
      return 1;
    } catch (IOException e) {
      System.err.println("eval-seg: " + e.getMessage());
      return 1;
    }
    try {
      switch (format.toLowerCase(Locale.ROOT)) {
        case "auto":
          fmt = SegmentationEvaluator.detect(lines, file.toString());
          break;
        case "conllu":
          fmt = SegmentationEvaluator.Format.CONLLU;
          break;
        case "farasa":
          fmt = SegmentationEvaluator.Format.FARASA;
          break;
        default:
          System.err.println("eval-seg: unknown --format '" + format + "': give auto, conllu or farasa");
          return 2;
      }
      List<String> warnings = new java.util.ArrayList<>();
      List<SegmentationEvaluator.Item> items =
          SegmentationEvaluator.parse(lines, fmt, file.toString(), warnings);
      for (String w : warnings) {
        System.err.println("eval-seg: warning: " + w);
      }
      if (items.isEmpty()) {
        System.err.println("eval-seg: " + file + " holds no sentence to score");
        return 1;
      }
      Pipeline pipeline = Pipeline.builder().build();
      SegmentationEvaluator.Result r = new SegmentationEvaluator(pipeline).evaluate(items, prt, errors);
      r.print(System.out, "eval-seg " + file.getFileName() + " (" + fmt.name().toLowerCase(Locale.ROOT)
          + ", part " + prt.name().toLowerCase(Locale.ROOT) + ", " + r.texts + " texts)");
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("eval-seg: " + e.getMessage());
      return 1;
    }
  }
}
