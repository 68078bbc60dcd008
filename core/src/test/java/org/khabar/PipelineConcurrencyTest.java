package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.internal.WorkerPool;
import org.khabar.testing.AdversarialInputTest;

/**
 * 8 threads x 10,000 documents sharing one {@link Pipeline} (with a small NER model trained here, so
 * the per-call name finders are exercised) give exactly the sequential results, and the worker pool
 * never holds more idle workers than its capacity.
 */
class PipelineConcurrencyTest {
  private static final int THREADS = 8;
  private static final int DOCS = 10_000;
  private static final int POOL = 3;

  private static NerModel model;

  @BeforeAll
  static void trainTinyModel() throws IOException {
    List<String> lines = new ArrayList<>();
    String[] sentences = {
      "التقى <START:PER> سامح شكري <END> نظيره <START:PER> أيمن الصفدي <END> في <START:LOC> عمان <END> .",
      "وصل <START:PER> سيرغي لافروف <END> إلى <START:LOC> دمشق <END> اليوم .",
      "أعلنت <START:ORG> الأمم المتحدة <END> عن جولة جديدة في <START:LOC> جنيف <END> .",
      "بحث <START:PER> عادل الجبير <END> مع <START:PER> جون كيري <END> الأوضاع في <START:LOC> اليمن <END> .",
      "دعت <START:ORG> جامعة الدول العربية <END> إلى الحوار .",
      "زار الوزير <START:LOC> القاهرة <END> أمس .",
    };
    for (int i = 0; i < 20; i++) {
      Collections.addAll(lines, sentences);
    }
    TrainingParameters tp = TrainingParameters.defaultParams();
    tp.put(TrainingParameters.ITERATIONS_PARAM, 60);
    tp.put(TrainingParameters.CUTOFF_PARAM, 0);
    try (ObjectStream<NameSample> samples = new NameSampleDataStream(
        ObjectStreamUtils.createObjectStream(lines))) {
      TokenNameFinderModel m = NameFinderME.train("ar", null, samples, tp, new TokenNameFinderFactory());
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      m.serialize(b);
      model = NerModel.load(new ByteArrayInputStream(b.toByteArray()), "tiny-test-ner");
    }
  }

  static List<String> documents(long seed, int count) {
    String[] words = {"التقى", "سامح", "شكري", "نظيره", "أيمن", "الصفدي", "في", "عمان", "وصل", "سيرغي", "لافروف",
        "إلى", "دمشق", "الأمم", "المتحدة", "جنيف", "بحث", "مع", "اليمن", "الوزير", "القاهرة", "أمس", ".", "،",
        "2017", "٢٥", "😀", "Reuters", "\n", "والسلام", "بالحوار", "ﻻ", "\u064E", "\u0640"};
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        if (i > 0 && r.nextInt(8) != 0) {
          b.append(' ');
        }
        b.append(words[r.nextInt(words.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static WorkerPool<Object> poolOf(Pipeline p) {
    try {
      Field f = Pipeline.class.getDeclaredField("pool");
      f.setAccessible(true);
      return (WorkerPool<Object>) f.get(p);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Pipeline has no field 'pool' of type WorkerPool any more: update this test", e);
    }
  }

  @Test
  void eightThreadsGiveExactlyTheSequentialResults() throws Exception {
    Pipeline pipeline = Pipeline.builder().nerModel(model).poolSize(POOL).build();
    List<String> docs = documents(42L, DOCS);
    List<Document> expected = new ArrayList<>(DOCS);
    int withEntities = 0;
    for (String d : docs) {
      Document doc = AdversarialInputTest.checkValid(d, pipeline.process(d));
      expected.add(doc);
      withEntities += doc.entities().isEmpty() ? 0 : 1;
    }
    assertTrue(withEntities > DOCS / 4, "the tiny model finds entities in " + withEntities + " documents");
    WorkerPool<Object> pool = poolOf(pipeline);
    AtomicInteger maxIdle = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    Thread monitor = new Thread(() -> {
      while (!done.get()) {
        maxIdle.accumulateAndGet(pool.idle(), Math::max);
        Thread.onSpinWait();
      }
    });
    monitor.start();
    ExecutorService ex = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      results.add(ex.submit(() -> {
        List<Integer> order = new ArrayList<>(DOCS);
        for (int i = 0; i < DOCS; i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        start.await();
        for (int i : order) {
          Document got = pipeline.process(docs.get(i));
          if (!got.equals(expected.get(i))) {
            return "thread " + seed + ", document " + i + ": " + got + " != " + expected.get(i);
          }
        }
        return null;
      }));
    }
    start.countDown();
    List<String> failures = new ArrayList<>();
    for (Future<String> f : results) {
      String r = f.get(10, TimeUnit.MINUTES);
      if (r != null) {
        failures.add(r);
      }
    }
    ex.shutdown();
    done.set(true);
    monitor.join();
    assertEquals(List.of(), failures);
    assertTrue(maxIdle.get() <= POOL, "idle workers reached " + maxIdle.get() + " > capacity " + POOL);
    assertTrue(pool.idle() <= POOL && pool.idle() >= 1, "idle after the run: " + pool.idle());
  }

  @Test
  void workerPoolKeepsAtMostItsCapacityUnderContention() throws Exception {
    AtomicInteger created = new AtomicInteger();
    WorkerPool<Object> pool = new WorkerPool<>(2, () -> {
      created.incrementAndGet();
      return new Object();
    });
    AtomicInteger maxIdle = new AtomicInteger();
    ExecutorService ex = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      fs.add(ex.submit(() -> {
        for (int i = 0; i < 10_000; i++) {
          Object w = pool.acquire();
          maxIdle.accumulateAndGet(pool.idle(), Math::max);
          pool.release(w);
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get(5, TimeUnit.MINUTES);
    }
    ex.shutdown();
    assertTrue(maxIdle.get() <= 2, "idle " + maxIdle.get());
    assertTrue(pool.idle() <= 2, "idle " + pool.idle());
    assertTrue(created.get() <= THREADS * 10_000, "created " + created.get());
    // sequential use reuses one worker: no growth
    int before = created.get();
    for (int i = 0; i < 1000; i++) {
      pool.release(pool.acquire());
    }
    assertEquals(before, created.get(), "a free worker is reused");
  }

  @Test
  void tinyModelFindsTheTrainedEntitiesAtExactOffsets() {
    Pipeline pipeline = Pipeline.builder().nerModel(model).build();
    String text = "التقى سامح شكري نظيره أيمن الصفدي في عمان .";
    Document d = AdversarialInputTest.checkValid(text, pipeline.process(text));
    List<String> got = new ArrayList<>();
    for (Entity e : d.entities()) {
      got.add(e.type() + " " + e.start() + "-" + e.end() + " " + e.text());
    }
    assertEquals(List.of("PER 6-15 سامح شكري", "PER 22-33 أيمن الصفدي", "LOC 37-41 عمان"), got);
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, text.getBytes(StandardCharsets.UTF_8).length);
  }
}
