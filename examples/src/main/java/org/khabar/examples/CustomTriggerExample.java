package org.khabar.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.khabar.Actor;
import org.khabar.Document;
import org.khabar.Event;
import org.khabar.Pipeline;
import org.khabar.TriggerLexicon;
import org.khabar.examples.cli.CliPipelines;
import org.khabar.models.BundledModels;

/**
 * Example: extending the trigger lexicon with a custom rule through the builder.
 *
 * <p>The standard lexicon does not know the verb امتدح/يمتدح ("praised"). The example writes one rule
 * for it in the lexicon format of {@link TriggerLexicon} (id, CAMEO code, frame, pattern,
 * tab-separated), parses it with {@link TriggerLexicon#parse}, adds it to the standard rules with
 * {@link TriggerLexicon#with}, and builds a pipeline with {@link Pipeline.Builder#triggerLexicon}.
 * It prints the events of a sentence without the rule and then with it.
 *
 * <pre>
 * java -cp examples/target/khabar-cli.jar org.khabar.examples.CustomTriggerExample ["SENTENCE"]
 * </pre>
 *
 * <p>Prints, per pipeline, a header line and one line per event: {@code CAMEO <tab> PLOVER <tab>
 * TRIGGER_START <tab> TRIGGER_END <tab> TRIGGER <tab> SOURCE <tab> TARGET <tab> RULE}; actors are
 * written {@code text@start-end}, several joined by {@code |}, none as {@code -}.
 */
public final class CustomTriggerExample {
  private CustomTriggerExample() {}

  /**
   * The custom rule: CAMEO 051 (praise or endorse); the frame {@code dir:obj} takes the subject as
   * source and the verb's object as target; {@code V:} generates every person, number, gender,
   * the future prefix and attached pronouns from the perfect and imperfect forms.
   */
  public static final String RULES = String.join("\n",
      "# id\tCAMEO\tframe\tpattern",
      "051.imtadaha\t051\tdir:obj\tV:امتدح/يمتدح",
      "");

  /** The sentence analysed when none is given on the command line. */
  public static final String SENTENCE = "امتدح وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان .";

  /**
   * Runs the example with the shipped models.
   *
   * @param args an optional sentence
   * @throws IOException never in practice (the rules are read from a string)
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      System.err.println("usage: CustomTriggerExample [SENTENCE]");
      System.exit(2);
    }
    // the shipped NER model when this build has one (as ./khabar does); the event layer runs without it
    Supplier<Pipeline.Builder> builders = CliPipelines.nerModelListed()
        ? () -> Pipeline.builder().nerModel(BundledModels.ner())
        : Pipeline::builder;
    run(builders, args.length == 1 ? args[0] : SENTENCE, System.out);
  }

  /**
   * Returns the standard lexicon extended with {@link #RULES}.
   *
   * @return the combined lexicon, named {@code standard+custom}
   * @throws IOException never in practice (the rules are read from a string)
   * @throws IllegalArgumentException if {@link #RULES} were malformed (the message names the line)
   */
  public static TriggerLexicon lexicon() throws IOException {
    return lexicon(RULES);
  }

  /**
   * Returns the standard lexicon extended with some rules.
   *
   * @param rules rules in the lexicon format, read as a lexicon named {@code custom}
   * @return the combined lexicon, named {@code standard+custom}
   * @throws IOException never in practice (the rules are read from a string)
   * @throws IllegalArgumentException if a rule is malformed: the message names the lexicon and the
   *     line, for example {@code trigger lexicon 'custom' line 2: ...}
   */
  public static TriggerLexicon lexicon(String rules) throws IOException {
    return TriggerLexicon.standard().with(TriggerLexicon.parse(new StringReader(rules), "custom"));
  }

  /**
   * Builds two pipelines, one with the standard lexicon and one with the custom rule added, and
   * prints the events each finds in a sentence.
   *
   * @param builders gives a new builder with the other settings (NER model ...) for each pipeline
   * @param sentence the text to analyse
   * @param out where to print
   * @throws IOException never in practice (the rules are read from a string)
   */
  public static void run(Supplier<Pipeline.Builder> builders, String sentence, PrintStream out)
      throws IOException {
    Pipeline standard = builders.get().build();   // the standard lexicon is the default
    TriggerLexicon custom = lexicon();
    Pipeline extended = builders.get().triggerLexicon(custom).build();
    print("standard", standard, sentence, out);
    print(custom.name(), extended, sentence, out);
  }

  private static void print(String label, Pipeline pipeline, String sentence, PrintStream out) {
    Document d = pipeline.process(sentence);
    out.printf(Locale.ROOT, "# %s: %d event(s)%n", label, d.events().size());
    for (Event e : d.events()) {
      out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s%n", e.cameo(), e.plover().orElse("-"),
          e.trigger().start(), e.trigger().end(), e.trigger().text(), actors(e.source()),
          actors(e.target()), e.ruleId());
    }
  }

  private static String actors(List<Actor> actors) {
    if (actors.isEmpty()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    for (Actor a : actors) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(a.text()).append('@').append(a.start()).append('-').append(a.end());
    }
    return b.toString();
  }
}
