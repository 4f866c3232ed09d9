package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds and reads {@code .qbank-lint.yml}; every problem becomes a {@link ConfigException}. */
public final class ConfigLoader {
  public static final String FILE_NAME = ".qbank-lint.yml";
  private static final String ALTERNATE_NAME = ".qbank-lint.yaml";

  /** Built on first use, so a run without a config file never pays for Jackson's start-up. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
                YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // "key:" with nothing after it is null, as "key: ~" is: the default
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                    .build())
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

  /**
   * Reads the config found upward from {@code start}, or the defaults when there is none. It is
   * part of the repository, so it is read as {@link ConfigOrigin#FOUND}.
   */
  public static Config loadFor(Path start) {
    return discover(start).map(file -> load(file, ConfigOrigin.FOUND)).orElseGet(Config::defaults);
  }

  /** Reads a config the user named ({@code --config}, the Maven plugin's {@code configFile}). */
  public static Config load(Path file) {
    return load(file, ConfigOrigin.NAMED);
  }

  private static Config load(Path file, ConfigOrigin origin) {
    if (origin == ConfigOrigin.FOUND
        && !WorkspacePaths.staysInside(workspaceOf(file), file.getFileName().toString())) {
      throw new ConfigException(
          file,
          0,
          0,
          "the config is a symbolic link to a file outside the workspace "
              + workspaceOf(file)
              + "; a config found in the repository must be inside it (name another with --config)");
    }
    return parse(file, ConfigText.read(file), origin);
  }

  /** Parses config text as if it were named by the user and read from {@code file}. */
  public static Config parse(Path file, String yaml) {
    return parse(file, yaml, ConfigOrigin.NAMED);
  }

  /**
   * Parses config text as if it were read from {@code file}, which names it in messages and anchors
   * its relative paths.
   */
  public static Config parse(Path file, String yaml, ConfigOrigin origin) {
    if (yaml.isBlank()) {
      return Config.from(file, ConfigFile.EMPTY);
    }
    ConfigProblems problems = new ConfigProblems(file, yaml);
    try {
      rejectAliases(file, yaml);
      JsonNode tree = Yaml.MAPPER.readTree(yaml);
      // "~" or a bare "---" is an empty document: every default, as an empty file is.
      if (tree == null
          || tree.isNull()
          || tree.isMissingNode()
          || (tree.isTextual() && tree.asText().isEmpty())) {
        return Config.from(file, ConfigFile.EMPTY);
      }
      new ConfigSchema(problems, origin, workspaceOf(file)).check(tree);
      return Config.from(file, Yaml.MAPPER.readValue(yaml, ConfigFile.class));
    } catch (JsonProcessingException e) {
      throw problems.from(e);
    } catch (IOException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config: " + e.getMessage());
    }
  }

  /** The directory a config's paths are relative to, and a found config's paths must stay in. */
  private static Path workspaceOf(Path file) {
    return file.toAbsolutePath().normalize().getParent();
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
}
