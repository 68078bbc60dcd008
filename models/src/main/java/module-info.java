/**
 * khabar models: the trained model binaries and the loader that opens and verifies them.
 */
module org.khabar.models {
  requires transitive org.khabar;

  exports org.khabar.models;
}
