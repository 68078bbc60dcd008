package org.khabar.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.khabar.NerModel;
import org.khabar.Pipeline;

/** A NER model trained in a second from a few sentences, so examples run with real entities in tests. */
final class TinyNer {
  private static Pipeline pipeline;
  private static NerModel model;

  private TinyNer() {}

  static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.builder().nerModel(model()).build();
    }
    return pipeline;
  }

  static synchronized NerModel model() {
    if (model == null) {
      model = train();
    }
    return model;
  }

  private static NerModel train() {
    String[] sentences = {
      "التقى <START:PER> سامح شكري <END> نظيره <START:PER> أيمن الصفدي <END> في <START:LOC> عمان <END> .",
      "وصل <START:PER> سيرغي لافروف <END> إلى <START:LOC> دمشق <END> اليوم .",
      "أعلنت <START:ORG> الأمم المتحدة <END> عن جولة جديدة في <START:LOC> جنيف <END> .",
      "دعت <START:ORG> جامعة الدول العربية <END> إلى الحوار .",
    };
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Collections.addAll(lines, sentences);
    }
    TrainingParameters tp = TrainingParameters.defaultParams();
    tp.put(TrainingParameters.ITERATIONS_PARAM, 60);
    tp.put(TrainingParameters.CUTOFF_PARAM, 0);
    try (ObjectStream<NameSample> s = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
      TokenNameFinderModel m = NameFinderME.train("ar", null, s, tp, new TokenNameFinderFactory());
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      m.serialize(b);
      return NerModel.load(new ByteArrayInputStream(b.toByteArray()), "tiny-test-ner");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
