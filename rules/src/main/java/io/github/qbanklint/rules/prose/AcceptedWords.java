package io.github.qbanklint.rules.prose;

import io.github.qbanklint.core.api.ProseSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bank's own vocabulary that spelling never reports: {@code prose.acceptedWords} plus the lines
 * of {@code prose.acceptedWordsFile} (relative to the config file; blank lines and lines starting
 * with {@code #} skipped). Matching ignores case.
 */
final class AcceptedWords {
  private final Set<String> words;

  private AcceptedWords(Set<String> words) {
    this.words = words;
  }

  /** The accepted-words file is missing or unreadable. */
  static final class UnreadableFile extends Exception {
    UnreadableFile(String message) {
      super(message);
    }
  }

  static AcceptedWords of(ProseSettings settings, Optional<Path> configDirectory)
      throws UnreadableFile {
    Set<String> words = new HashSet<>();
    settings.acceptedWords().forEach(w -> words.add(normalise(w)));
    if (settings.acceptedWordsFile() != null) {
      Path file = configDirectory.orElse(Path.of("")).resolve(settings.acceptedWordsFile());
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String word = line.strip();
          if (!word.isEmpty() && !word.startsWith("#")) {
            words.add(normalise(word));
          }
        }
      } catch (IOException e) {
        throw new UnreadableFile(
            "cannot read prose.acceptedWordsFile "
                + file
                + " ("
                + e.getClass().getSimpleName()
                + "): fix the path in .qbank-lint.yml; it is relative to the config file.");
      }
    }
    return new AcceptedWords(Set.copyOf(words));
  }

  boolean contains(String word) {
    return words.contains(normalise(word));
  }

  private static String normalise(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }
}
