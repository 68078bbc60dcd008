/**
 * khabar core: the public API in {@code org.khabar}; everything else is internal.
 */
module org.khabar {
  requires org.apache.opennlp.tools;
  requires com.ibm.icu;
  requires org.slf4j;

  exports org.khabar;

  // OpenNLP instantiates our feature generators by class name when it loads a NER model.
  opens org.khabar.internal.ner to org.apache.opennlp.tools;
}
