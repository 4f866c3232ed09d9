package io.github.qbanklint.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the default configuration (prose off) a lint loads no LanguageTool class. The lint runs in a
 * fresh class loader that records every class it is asked for, so classes loaded earlier by other
 * tests in this JVM do not count.
 */
class ProseLazyLoadingTest {

  @Test
  void aDefaultRunLoadsNoLanguageToolClass(@TempDir Path bank) throws Exception {
    Files.writeString(
        bank.resolve("bank.md"),
        "# Bank\n\n## Q1: What is a cache?\n\nA cache is a fast store with a mispeled word.\n\n## Q2: Empty?\n");

    try (RecordingClassLoader loader = new RecordingClassLoader(testClassPath())) {
      Object ruleIds =
          loader
              .loadClass(IsolatedLint.class.getName())
              .getMethod("lintWithDefaults", Path.class)
              .invoke(null, bank);

      assertThat(((List<?>) ruleIds).stream().map(String::valueOf).toList())
          .as("the default rules ran")
          .contains("empty-answer")
          .doesNotContain("prose");
      assertThat(loader.requested())
          .as("the prose rule is registered")
          .contains(ProseRule.class.getName());
      assertThat(loader.requested()).noneMatch(name -> name.startsWith("org.languagetool."));

      loader.loadClass("org.languagetool.JLanguageTool");
      assertThat(loader.requested())
          .as("the recorder sees LanguageTool classes")
          .contains("org.languagetool.JLanguageTool");
    }
  }

  @Test
  void withoutLanguageToolEnablingProseNamesTheDependenciesToAdd() throws Exception {
    URL[] withoutLanguageTool =
        Arrays.stream(testClassPath())
            .filter(url -> !url.getPath().contains("/org/languagetool/"))
            .toArray(URL[]::new);
    try (URLClassLoader loader =
        new URLClassLoader(withoutLanguageTool, ClassLoader.getPlatformClassLoader())) {
      Object rule = loader.loadClass(ProseRule.class.getName()).getConstructor().newInstance();
      Object missing = rule.getClass().getMethod("missingRequirement").invoke(rule);

      assertThat(missing)
          .asString()
          .contains("LanguageTool is not on the class path")
          .contains("languagetool-core, language-en and language-zh (version 6.8)");
    }
    assertThat(new ProseRule().missingRequirement()).as("LanguageTool is here").isEmpty();
  }

  private static URL[] testClassPath() throws MalformedURLException {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }

  /** Loads application classes itself (the platform loader is its parent) and records each name. */
  private static final class RecordingClassLoader extends URLClassLoader {
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    RecordingClassLoader(URL[] urls) {
      super("recording", urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      requested.add(name);
      return super.loadClass(name, resolve);
    }

    Set<String> requested() {
      return Set.copyOf(requested);
    }
  }
}
