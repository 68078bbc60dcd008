package org.khabar.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.khabar.internal.ner.NerData;
import org.khabar.testing.SharedData;

/** {@code train-ner --experiment-clusters} is refused unless the model is only scored on dev. */
class TrainNerClustersOptionTest {

  private static String stderrOf(TrainNerCommand cmd, int[] status) throws Exception {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      status[0] = cmd.call();
    } finally {
      System.setErr(old);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void clustersAreRefusedForShippedAndOutModels() throws Exception {
    SharedData.require(NerData.ANERCORP_TRAIN);
    for (Path out : new Path[] {null, Paths.get("target", "never-written.bin")}) {
      TrainNerCommand cmd = new TrainNerCommand();
      cmd.shared = SharedData.root();
      cmd.out = out;
      cmd.experimentClusters = Paths.get("target", "clusters.tsv");
      int[] status = new int[1];
      String err = stderrOf(cmd, status);
      assertEquals(1, status[0]);
      assertEquals("khabar train-ner: --experiment-clusters models are never written; give --dev-only or "
          + "--ablation\n", err.replace(System.lineSeparator(), "\n"));
    }
  }

  @Test
  void theClusterFamilyNeedsAClusterFile() throws Exception {
    SharedData.require(NerData.ANERCORP_TRAIN);
    TrainNerCommand cmd = new TrainNerCommand();
    cmd.shared = SharedData.root();
    cmd.devOnly = true;
    cmd.features = "norm,stem,cluster";
    int[] status = new int[1];
    String err = stderrOf(cmd, status);
    assertEquals(1, status[0]);
    assertTrue(err.startsWith("khabar train-ner: the cluster feature family needs --experiment-clusters FILE"),
        err);
  }
}
