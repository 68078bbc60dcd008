package org.khabar.internal.ner;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.Sequence;
import opennlp.tools.ml.model.SequenceStream;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.SequenceValidator;
import org.khabar.internal.Analysis;

/**
 * The training sentences as a sequence stream for OpenNLP's structured (sequence) perceptron: each
 * sentence gives its gold events, and {@link #updateContext} decodes it with the model being trained
 * and the same context generator, so the update compares whole tag sequences. OpenNLP's own
 * {@code NameSampleSequenceStream} decodes with the default feature generators instead of the model's,
 * which is why this class exists.
 *
 * <p>Adaptive data (previous decisions) follows the document: cleared at a document's first sentence and
 * updated with a sentence's gold outcomes before the next sentence is read.
 *
 * <p>Not thread-safe.
 */
final class NerSequenceStream implements SequenceStream<NerSequenceStream.Item> {

  /** One training sentence. */
  record Item(Analysis analysis, int first, int end, String[] tokens, String[] outcomes, boolean docStart,
      NerLexicon harvest) {}

  private final List<Item> items;
  private final NameContextGenerator cg;
  private final NerFeatureContext ctx;
  private final SequenceValidator<String> validator;
  private final int beam;
  private int next;
  private Item pending;

  NerSequenceStream(List<Item> items, NameContextGenerator cg, NerFeatureContext ctx,
      SequenceValidator<String> validator, int beam) {
    this.items = items;
    this.cg = cg;
    this.ctx = ctx;
    this.validator = validator;
    this.beam = beam;
  }

  @Override
  public Sequence<Item> read() {
    if (pending != null) {
      cg.updateAdaptiveData(pending.tokens(), pending.outcomes());
      pending = null;
    }
    if (next >= items.size()) {
      return null;
    }
    Item it = items.get(next++);
    if (it.docStart()) {
      cg.clearAdaptiveData();
    }
    select(it);
    Event[] events = new Event[it.tokens().length];
    for (int i = 0; i < events.length; i++) {
      events[i] = new Event(it.outcomes()[i], cg.getContext(i, it.tokens(), it.outcomes(), null));
    }
    pending = it;
    return new Sequence<>(events, it);
  }

  private void select(Item it) {
    ctx.prepare(it.analysis(), it.first(), it.end(), it.tokens());
    ctx.harvestOverride = it.harvest();
  }

  @Override
  public Event[] updateContext(Sequence<Item> sequence, AbstractModel model) {
    Item it = sequence.getSource();
    select(it);
    BeamSearch search = new BeamSearch(beam, model);
    opennlp.tools.util.Sequence best = search.bestSequence(it.tokens(), null, cg, validator);
    String[] tags = best.getOutcomes().toArray(new String[0]);
    Event[] events = new Event[tags.length];
    for (int i = 0; i < tags.length; i++) {
      events[i] = new Event(tags[i], cg.getContext(i, it.tokens(), tags, null));
    }
    return events;
  }

  @Override
  public void reset() {
    next = 0;
    pending = null;
  }
}
