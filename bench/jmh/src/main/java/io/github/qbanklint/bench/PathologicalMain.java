package io.github.qbanklint.bench;

import io.github.qbanklint.rules.robustness.PathologicalInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Writes the pathological inputs into a directory, one file each, for the CLI to be timed on. */
public final class PathologicalMain {
  private PathologicalMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PathologicalMain DIRECTORY");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (Map.Entry<String, Supplier<String>> input :
        PathologicalInputs.all(PathologicalInputs.Size.FULL).entrySet()) {
      byte[] bytes = input.getValue().get().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(input.getKey()), bytes);
      System.out.printf("%-28s %,12d bytes%n", input.getKey(), bytes.length);
    }
  }
}
