package io.github.qbanklint.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the worst-shaped files at one size, {@code SHAPE-SIZEmib.md} each, for the CLI to be
 * measured on.
 *
 * <p>Usage: {@code WorstShapesMain DIRECTORY MIB [SHAPE...]} (default: every shape). MIB may be a
 * fraction.
 */
public final class WorstShapesMain {
  private WorstShapesMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: WorstShapesMain DIRECTORY MIB [SHAPE...]; shapes: "
              + Arrays.stream(WorstShape.values()).map(WorstShape::id).toList());
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    double mib = Double.parseDouble(args[1]);
    List<WorstShape> shapes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      shapes.add(WorstShape.byId(args[i]));
    }
    for (WorstShape shape : shapes.isEmpty() ? List.of(WorstShape.values()) : shapes) {
      Path file = dir.resolve(shape.id() + "-" + args[1] + "mib.md");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        shape.write(new ShapeWriter(out, (long) (mib * 1024 * 1024)));
      }
      System.out.println(file);
    }
  }
}
