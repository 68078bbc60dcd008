package org.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core's module descriptor exports exactly the API package, to everyone. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackage() throws IOException {
    Path file = Paths.get(System.getProperty("basedir", "."), "target/classes/module-info.class");
    assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(file)) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("org.khabar", d.name());
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertEquals(Set.of("org.khabar"), exported);
    for (ModuleDescriptor.Exports e : d.exports()) {
      assertTrue(!e.isQualified(), "export of " + e.source() + " is qualified: " + e.targets());
    }
    Set<String> required = d.requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertTrue(required.containsAll(Set.of("org.apache.opennlp.tools", "com.ibm.icu", "org.slf4j")),
        "requires " + required);
  }
}
