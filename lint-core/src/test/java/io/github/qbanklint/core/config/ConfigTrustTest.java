package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.ConfigKey;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A config found in the repository is untrusted (in CI it comes with the pull request): it may not
 * allow requests to private addresses, nor name a path outside its directory; a config the user
 * names may do both.
 */
class ConfigTrustTest {
  @TempDir Path dir;

  private Path workspace() throws Exception {
    return Files.createDirectories(dir.resolve("ws"));
  }

  private Path foundConfig(String yaml) throws Exception {
    return Files.writeString(workspace().resolve(ConfigLoader.FILE_NAME), yaml);
  }

  @Test
  void aFoundConfigMayNotAllowPrivateAddresses() throws Exception {
    Path config = foundConfig("links:\n  remote: true\n  allowPrivate: true\n");
    assertThatThrownBy(() -> ConfigLoader.loadFor(config.getParent()))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        config.toAbsolutePath()
                            + ":3:17: links.allowPrivate: a config found in the repository may not"
                            + " turn this on; pass --allow-private to qbank-lint, or set"
                            + " allowPrivate in the Maven plugin's configuration"));
  }

  @Test
  void aFoundConfigMaySayAllowPrivateIsOff() throws Exception {
    Path config = foundConfig("links:\n  allowPrivate: false\n");
    assertThat(ConfigLoader.loadFor(config.getParent()).settings().links().allowPrivate())
        .isFalse();
  }

  @Test
  void aNamedConfigMayAllowPrivateAddresses() throws Exception {
    Path config = foundConfig("links:\n  allowPrivate: true\n");
    assertThat(ConfigLoader.load(config).settings().links().allowPrivate()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"links.cacheFile", "prose.acceptedWordsFile"})
  void aFoundConfigsPathThroughALinkedDirectoryLeadingOutIsRefused(String key) throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(workspace().resolve("out"), elsewhere);
    Path config = foundConfig(yamlSetting(key, "out/words.txt"));
    int valueColumn = key.length() - key.indexOf('.') + 4;
    assertThatThrownBy(() -> ConfigLoader.loadFor(config.getParent()))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .startsWith(
                        config.toAbsolutePath()
                            + ":2:"
                            + valueColumn
                            + ": "
                            + key
                            + ": 'out/words.txt'")
                    .contains("leads outside the workspace " + config.getParent()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x.txt", "/etc/passwd", "a/../../x.txt", "gone/x.txt"})
  void aFoundConfigsPathLeavingTheWorkspaceIsRefused(String path) throws Exception {
    Files.createSymbolicLink(workspace().resolve("gone"), dir.resolve("no-such-directory"));
    Path config = foundConfig(yamlSetting("prose.acceptedWordsFile", path));
    assertThatThrownBy(() -> ConfigLoader.loadFor(config.getParent()))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.describe()).contains("prose.acceptedWordsFile: '" + path + "'"));
  }

  @Test
  void aFoundConfigsPathInsideTheWorkspaceIsAcceptedThroughALinkThatStaysInside() throws Exception {
    Files.createDirectories(workspace().resolve("real"));
    Files.createSymbolicLink(workspace().resolve("alias"), workspace().resolve("real"));
    Path config =
        foundConfig(
            "links:\n  cacheFile: alias/cache.json\nprose:\n  acceptedWordsFile: ./real/../w.txt\n");
    Config loaded = ConfigLoader.loadFor(config.getParent());
    assertThat(loaded.settings().links().cacheFile()).isEqualTo("alias/cache.json");
    assertThat(loaded.settings().prose().acceptedWordsFile()).isEqualTo("./real/../w.txt");
  }

  @Test
  void aNamedConfigMayNameAPathAnywhere() throws Exception {
    Path config = foundConfig("links:\n  cacheFile: /tmp/qbank-cache.json\n");
    assertThat(ConfigLoader.load(config).settings().links().cacheFile())
        .isEqualTo("/tmp/qbank-cache.json");
  }

  @Test
  void aFoundConfigThatIsALinkOutOfTheWorkspaceIsRefused() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.yml"), "exclude: [x]\n");
    Path workspace = workspace();
    Path link = Files.createSymbolicLink(workspace.resolve(ConfigLoader.FILE_NAME), outside);
    assertThatThrownBy(() -> ConfigLoader.loadFor(workspace))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        link.toAbsolutePath()
                            + ": the config is a symbolic link to a file outside the workspace "
                            + workspace.toAbsolutePath()
                            + "; a config found in the repository must be inside it (name"
                            + " another with --config)"));
    assertThat(ConfigLoader.load(link).exclude()).containsExactly("x");
  }

  @Test
  void aFoundConfigThatIsALinkInsideTheWorkspaceIsRead() throws Exception {
    Path real = Files.writeString(workspace().resolve("shared.yml"), "exclude: [x]\n");
    Files.createSymbolicLink(workspace().resolve(ConfigLoader.FILE_NAME), real);
    assertThat(ConfigLoader.loadFor(workspace()).exclude()).containsExactly("x");
  }

  /** A later key that holds a file gets the workspace check by being annotated: make sure it is. */
  @Test
  void everyKeyNamingAFileIsAWorkspacePath() {
    List<String> unchecked = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    collectFileKeys(ConfigFile.class, "", checked, unchecked);
    assertThat(checked).containsExactlyInAnyOrder("links.cacheFile", "prose.acceptedWordsFile");
    assertThat(unchecked).isEmpty();
  }

  private static void collectFileKeys(
      Class<?> type, String prefix, List<String> checked, List<String> unchecked) {
    for (RecordComponent key : type.getRecordComponents()) {
      String name = prefix + key.getName();
      Class<?> raw =
          key.getGenericType() instanceof ParameterizedType p
              ? (Class<?>) p.getRawType()
              : key.getType();
      if (raw.isRecord() && raw != RuleConfig.class) {
        collectFileKeys(raw, name + ".", checked, unchecked);
      } else if (key.isAnnotationPresent(ConfigKey.WorkspacePath.class)) {
        checked.add(name);
      } else if (key.getName().matches("(file|dir|directory|path)|.*(File|Dir|Directory|Path)")) {
        unchecked.add(name);
      }
    }
  }

  private static String yamlSetting(String key, String value) {
    String[] parts = key.split("\\.");
    return parts[0] + ":\n  " + parts[1] + ": '" + value + "'\n";
  }
}
