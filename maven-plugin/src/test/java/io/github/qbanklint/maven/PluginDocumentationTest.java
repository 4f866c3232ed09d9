package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The parameters table of docs/maven-plugin.md against the generated plugin descriptor. */
class PluginDocumentationTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path DOCS = Path.of("../docs/maven-plugin.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| `([\\w.]+)` \\|");

  private static final TreeMap<String, String> propertyByParameter = new TreeMap<>();
  private static final List<String> descriptions = new ArrayList<>();

  @BeforeAll
  static void readDescriptor() throws Exception {
    Element plugin =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(DESCRIPTOR.toFile())
            .getDocumentElement();
    NodeList texts = plugin.getElementsByTagName("description");
    for (int i = 0; i < texts.getLength(); i++) {
      descriptions.add(texts.item(i).getTextContent());
    }
    NodeList configurations = plugin.getElementsByTagName("configuration");
    for (int i = 0; i < configurations.getLength(); i++) {
      NodeList values = configurations.item(i).getChildNodes();
      for (int j = 0; j < values.getLength(); j++) {
        if (values.item(j) instanceof Element value
            && value.getTextContent().startsWith("${qbanklint.")) {
          propertyByParameter.put(value.getTagName(), value.getTextContent());
        }
      }
    }
  }

  @Test
  void everyGoalHasItsParametersAsUserPropertiesNamedAfterThem() {
    assertThat(propertyByParameter).isNotEmpty();
    propertyByParameter.forEach(
        (parameter, property) -> assertThat(property).isEqualTo("${qbanklint." + parameter + "}"));
  }

  @Test
  void theDocsTableListsExactlyThePluginsParameters() throws IOException {
    Matcher rows = ROW.matcher(Files.readString(DOCS));
    Set<String> documented = new TreeSet<>();
    while (rows.find()) {
      assertThat(rows.group(2)).isEqualTo("qbanklint." + rows.group(1));
      documented.add(rows.group(1));
    }
    assertThat(documented).isEqualTo(propertyByParameter.keySet());
  }

  /** What {@code mvn help:describe} shows reads as user documentation, not as source code. */
  @Test
  void descriptionsNameNoClassOfTheProject() throws IOException {
    Set<String> classes = new TreeSet<>();
    for (Path dir : List.of(Path.of("target/classes"), Path.of("../lint-core/target/classes"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(name -> name.endsWith(".class") && !name.contains("$"))
            .map(name -> name.substring(0, name.length() - ".class".length()))
            // one-word names (Links, Version) are also plain words
            .filter(name -> name.matches("[A-Z][a-z0-9]+[A-Z].*"))
            .forEach(classes::add);
      }
    }
    assertThat(descriptions).hasSizeGreaterThan(10);
    assertThat(classes).contains("FixRunner", "CheckMojo");
    for (String description : descriptions) {
      assertThat(description).doesNotContain("io.github", "{@link", "lint-core");
      for (String word : description.split("[^A-Za-z0-9]+")) {
        assertThat(classes).as(description).doesNotContain(word);
      }
    }
  }
}
