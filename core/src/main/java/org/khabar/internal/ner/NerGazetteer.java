package org.khabar.internal.ner;

import java.util.List;
import java.util.Map;

/**
 * A source of gazetteer phrases for the NER features. Each category is an entity type, optionally
 * with a sub-type after a dot ({@code LOC.country}, {@code ORG.igo}, {@code PER.leader}); the trainer
 * stores the phrases in the model's {@link NerLexicon} under {@code gaz.} plus the category.
 *
 * <p>Only sources whose content may ship (written by the project, derived from the JDK or from CC BY-SA
 * training data) are used for a shipped model.
 */
public interface NerGazetteer {
  /**
   * Returns the phrases per category.
   *
   * @return phrases (as written in news, any spelling variants listed separately) per category
   */
  Map<String, List<String>> phrases();
}
