package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds and reads {@code .qbank-lint.yml}; every problem becomes a {@link ConfigException}. */
public final class ConfigLoader {
  public static final String FILE_NAME = ".qbank-lint.yml";
  private static final String ALTERNATE_NAME = ".qbank-lint.yaml";

  /** Built on first use, so a run without a config file never pays for Jackson's start-up. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
                YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private ConfigLoader() {}

  /**
   * Builds the YAML reader on a background thread when a config file is found upward from {@code
   * start}, so that its start-up (about a tenth of a second) overlaps the command-line parsing
   * instead of following it. Reading the config then waits for it, or builds it if this failed.
   */
  public static void prepareInBackground(Path start) {
    if (discover(start).isEmpty()) {
      return;
    }
    Thread warmUp =
        new Thread(
            () -> {
              try {
                Yaml.MAPPER.readValue("{}", ConfigFile.class);
              } catch (IOException | RuntimeException | LinkageError ignored) {
                // Only a head start: the real read reports any problem, and nothing may print.
              }
            },
            "qbank-lint-config-reader");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** The config file in {@code start} or the nearest directory above it, if any. */
  public static Optional<Path> discover(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      for (String name : new String[] {FILE_NAME, ALTERNATE_NAME}) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Reads the discovered config, or the defaults when there is none. */
  public static Config loadFor(Path start) {
    return discover(start).map(ConfigLoader::load).orElseGet(Config::defaults);
  }

  public static Config load(Path file) {
    return parse(file, ConfigText.read(file));
  }

  /** Parses config text as if it were read from {@code file} (used in messages and for paths). */
  public static Config parse(Path file, String yaml) {
    if (yaml.isBlank()) {
      return Config.from(file, ConfigFile.EMPTY);
    }
    try {
      rejectAliases(file, yaml);
      JsonNode tree = Yaml.MAPPER.readTree(yaml);
      // "~" or a bare "---" is an empty document: every default, as an empty file is.
      boolean empty =
          tree == null
              || tree.isNull()
              || tree.isMissingNode()
              || (tree.isTextual() && tree.asText().isEmpty());
      return Config.from(
          file, empty ? ConfigFile.EMPTY : Yaml.MAPPER.readValue(yaml, ConfigFile.class));
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : " (known keys: "
                  + e.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")";
      throw at(file, yaml, e, "unknown key '" + pathOf(e) + "'" + known);
    } catch (ValueInstantiationException e) {
      // A value the settings' own checks refused: their message, not the binding library's.
      String reason =
          e.getCause() instanceof IllegalArgumentException refused
              ? refused.getMessage()
              : e.getOriginalMessage();
      String where = pathOf(e).isEmpty() ? "bad value" : "bad value at '" + pathOf(e) + "'";
      throw at(file, yaml, e, where + ": " + reason);
    } catch (JsonMappingException e) {
      throw at(file, yaml, e, "bad value at '" + pathOf(e) + "': " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw at(file, yaml, e, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, 0, "cannot read config: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, 0, 0, e.getMessage());
    }
  }

  /**
   * Refuses YAML aliases ({@code *name}): the binding reads one as the anchor's name, a value the
   * user did not write. Writing the value out is clearer in a file this small anyway.
   */
  private static void rejectAliases(Path file, String yaml) throws IOException {
    try (YAMLParser parser = (YAMLParser) Yaml.MAPPER.getFactory().createParser(yaml)) {
      while (parser.nextToken() != null) {
        if (parser.isCurrentAlias()) {
          throw new ConfigException(
              file,
              parser.currentLocation().getLineNr(),
              parser.currentLocation().getColumnNr(),
              "YAML aliases such as '*"
                  + parser.getText()
                  + "' are not supported here: write the value out");
        }
      }
    }
  }

  private static ConfigException at(
      Path file, String yaml, JsonProcessingException e, String message) {
    if (e instanceof JsonMappingException mapping) {
      List<Object> path = new ArrayList<>();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        path.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
      }
      Optional<int[]> position = YamlPositions.locate(yaml, path);
      if (position.isPresent()) {
        return new ConfigException(file, position.get()[0], position.get()[1], message);
      }
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new ConfigException(file, line, column, message);
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
