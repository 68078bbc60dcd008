package org.khabar.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The NER data sets under {@code ../shared/data/ner} and the project's splits of them: ANERcorp's
 * CAMeL Lab train and test files, the dev split (the last 10% of the train sentences, as the corpus
 * README proposes: train-90 is sentences 1 to 3,576, dev 3,577 to 3,973), and AQMAR's 28 articles with
 * the article-level dev/test split of the corpus README.
 *
 * <p>ANERcorp has no document boundaries, so each split is one document; each AQMAR article is a
 * document. Stateless and thread-safe.
 */
public final class NerData {
  /** ANERcorp train file, relative to the shared folder. */
  public static final String ANERCORP_TRAIN = "data/ner/anercorp-camellab/ANERCorp_CamelLab_train.txt";
  /** ANERcorp test file, relative to the shared folder. */
  public static final String ANERCORP_TEST = "data/ner/anercorp-camellab/ANERCorp_CamelLab_test.txt";
  /** AQMAR articles, relative to the shared folder. */
  public static final String AQMAR_DIR = "data/ner/aqmar/original";
  /** The AQMAR dev articles (the other 20 are the test set). */
  public static final Set<String> AQMAR_DEV = Set.of("Damascus", "Atom", "Raul_Gonzales", "Linux",
      "Imam_Hussein_Shrine", "Nuclear_Power", "Real_Madrid", "Solaris");

  private NerData() {}

  /**
   * Returns the number of train sentences in train-90: all but the last 10% (rounded down), so 3,576 of
   * 3,973 with a dev split of 397.
   *
   * @param sentences the number of train sentences
   * @return the size of train-90
   */
  public static int train90Size(int sentences) {
    return sentences - sentences / 10;
  }

  /**
   * Reads ANERcorp train as one document.
   *
   * @param shared the shared folder
   * @return the document
   * @throws IOException if the file cannot be read
   */
  public static NerCorpus.Document train(Path shared) throws IOException {
    return new NerCorpus.Document("anercorp-train", NerCorpus.read(shared.resolve(ANERCORP_TRAIN)));
  }

  /**
   * Reads the first 90% of the ANERcorp train sentences as one document.
   *
   * @param shared the shared folder
   * @return the document
   * @throws IOException if the file cannot be read
   */
  public static NerCorpus.Document train90(Path shared) throws IOException {
    List<NerCorpus.Sentence> all = NerCorpus.read(shared.resolve(ANERCORP_TRAIN));
    return new NerCorpus.Document("anercorp-train90", all.subList(0, train90Size(all.size())));
  }

  /**
   * Reads the dev split (the last 10% of the ANERcorp train sentences) as one document.
   *
   * @param shared the shared folder
   * @return the document
   * @throws IOException if the file cannot be read
   */
  public static NerCorpus.Document dev(Path shared) throws IOException {
    List<NerCorpus.Sentence> all = NerCorpus.read(shared.resolve(ANERCORP_TRAIN));
    return new NerCorpus.Document("anercorp-dev", all.subList(train90Size(all.size()), all.size()));
  }

  /**
   * Reads ANERcorp test as one document.
   *
   * @param shared the shared folder
   * @return the document
   * @throws IOException if the file cannot be read
   */
  public static NerCorpus.Document test(Path shared) throws IOException {
    return new NerCorpus.Document("anercorp-test", NerCorpus.read(shared.resolve(ANERCORP_TEST)));
  }

  /**
   * Reads AQMAR articles, one document each, in file-name order.
   *
   * @param shared the shared folder
   * @param which {@code "test"} (20 articles), {@code "dev"} (8) or {@code "all"} (28)
   * @return the documents
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if {@code which} is unknown
   */
  public static List<NerCorpus.Document> aqmar(Path shared, String which) throws IOException {
    if (!which.equals("test") && !which.equals("dev") && !which.equals("all")) {
      throw new IllegalArgumentException("AQMAR split '" + which + "' is not test, dev or all");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(shared.resolve(AQMAR_DIR), "*.txt")) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<NerCorpus.Document> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
      boolean dev = AQMAR_DEV.contains(name);
      if (which.equals("all") || (which.equals("dev") == dev)) {
        out.add(new NerCorpus.Document(name, NerCorpus.read(f)));
      }
    }
    return out;
  }

  /**
   * Returns the SHA-1 of a file (the data revision recorded with a model).
   *
   * @param file the file
   * @return the lower-case hex digest
   * @throws IOException if the file cannot be read
   */
  public static String sha1(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }
}
