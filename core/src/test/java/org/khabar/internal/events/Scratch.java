package org.khabar.internal.events;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the events of each line of a file (development aid). */
final class Scratch {
  public static void main(String[] args) throws Exception {
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        System.out.println("## " + line);
        for (String e : EventTesting.events(line)) {
          System.out.println("   " + e);
        }
      }
    }
  }
}
