package io.github.qbanklint.core.config;

import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The commented default {@code .qbank-lint.yml} that {@code init} writes. */
public final class ConfigTemplate {
  private static final String SHAPES_LINE = "  shapes: []";

  private ConfigTemplate() {}

  /**
   * The template for a bank whose files were read: the question shapes found in them become the
   * active {@code conventions.shapes}, and the other convention keys stay as commented defaults.
   * With no question found, detection stays on (all shapes).
   */
  public static String forBank(LintResult banks) {
    Set<QuestionShape> shapes = EnumSet.noneOf(QuestionShape.class);
    int files = 0;
    for (FileStats file : banks.files()) {
      shapes.addAll(file.outline().shapes());
      files += file.questions() > 0 ? 1 : 0;
    }
    String shapesLine =
        shapes.isEmpty()
            ? SHAPES_LINE + "  # no question found when this file was written: detect every shape"
            : "  shapes: ["
                + shapes.stream().map(QuestionShape::id).collect(Collectors.joining(", "))
                + "]  # detected by 'qbank-lint init' in "
                + files
                + (files == 1 ? " file" : " files");
    StringBuilder out = new StringBuilder();
    boolean inConventions = false;
    for (String line : text().split("\n", -1)) {
      if (!line.startsWith(" ") && !line.isEmpty()) {
        inConventions = line.equals("conventions:");
      }
      if (inConventions && line.equals(SHAPES_LINE)) {
        out.append(shapesLine);
      } else if (inConventions && line.startsWith("  ") && !line.stripLeading().startsWith("#")) {
        out.append("  # ").append(line.substring(2));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  public static String text() {
    try (InputStream in = ConfigTemplate.class.getResourceAsStream("default-config.yml")) {
      if (in == null) {
        throw new IllegalStateException("default-config.yml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
