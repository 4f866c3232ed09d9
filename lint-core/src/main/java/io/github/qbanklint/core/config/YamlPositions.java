package io.github.qbanklint.core.config;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds where a key path ({@code conventions.tocHeading}, {@code rules.x[2]}) is written in YAML
 * text. Jackson reports errors after reading a value; messages should point at the key that is
 * unknown, or at the value that is wrong.
 */
final class YamlPositions {
  private YamlPositions() {}

  /**
   * 1-based line and column of the last element of {@code path}, if it can be found: of its key, or
   * with {@code value} of the value written after it.
   */
  static Optional<int[]> locate(String yaml, List<Object> path, boolean value) {
    try {
      Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
      Mark mark = null;
      for (Object step : path) {
        if (node instanceof MappingNode mapping && step instanceof String key) {
          Optional<NodeTuple> tuple =
              mapping.getValue().stream()
                  .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                  .findFirst();
          if (tuple.isEmpty()) {
            return Optional.empty();
          }
          node = tuple.get().getValueNode();
          mark = value ? node.getStartMark() : tuple.get().getKeyNode().getStartMark();
        } else if (node instanceof SequenceNode sequence
            && step instanceof Integer index
            && index < sequence.getValue().size()) {
          node = sequence.getValue().get(index);
          mark = node.getStartMark();
        } else {
          return Optional.empty();
        }
      }
      return mark == null
          ? Optional.empty()
          : Optional.of(new int[] {mark.getLine() + 1, mark.getColumn() + 1});
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
