package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.report.OutlineWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture banks of every convention, each pinned by a golden outline written by reading the
 * bank (see {@code banks/README.md}): every field a golden item names must match what the model
 * reads, item by item, and the golden must list every item.
 */
class GoldenOutlineTest {
  private static final Path BANKS = Path.of("src", "test", "resources", "banks");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> goldens() throws IOException {
    try (Stream<Path> files = Files.list(BANKS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".outline.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void modelReadsTheBankAsItsGoldenOutlineSays(String golden) throws IOException {
    JsonNode expected = JSON.readTree(BANKS.resolve(golden).toFile());
    String bank = golden.replace(".outline.json", ".md");
    JsonNode actual = outline(bank);
    List<String> differences = new ArrayList<>();
    for (String field : List.of("shapes", "questions", "answered")) {
      if (expected.has(field) && !expected.get(field).equals(actual.get(field))) {
        differences.add(field + ": expected " + expected.get(field) + ", got " + actual.get(field));
      }
    }
    JsonNode want = expected.get("items");
    JsonNode got = actual.get("items");
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      if (i >= want.size() || i >= got.size()) {
        differences.add("item " + i + ": expected " + want.get(i) + ", got " + got.get(i));
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = want.get(i).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = got.get(i).get(field.getKey());
        if (!field.getValue().equals(value)) {
          differences.add(
              "line "
                  + got.get(i).get("line")
                  + " '"
                  + got.get(i).get("text").asText()
                  + "': "
                  + field.getKey()
                  + " expected "
                  + field.getValue()
                  + ", got "
                  + value);
        }
      }
    }
    assertThat(differences).as(bank).isEmpty();
  }

  private static JsonNode outline(String bank) throws IOException {
    String text = Files.readString(BANKS.resolve(bank), StandardCharsets.UTF_8);
    Document document = Document.of(bank, text);
    BankModel model = new BankModelBuilder(BankConventions.defaults()).modelOf(document);
    FileStats stats =
        new FileStats(
            bank,
            model.questions().size(),
            (int) model.answeredCount(),
            BankOutline.of(document, model));
    StringWriter out = new StringWriter();
    OutlineWriter.json(List.of(stats), path -> path, out);
    return JSON.readTree(out.toString()).get("files").get(0);
  }
}
