package io.github.qbanklint.core.api;

/**
 * A config value that a setting's own check refused; the message starts with the key, which the
 * config loader uses to point at the line the key is on.
 */
public final class SettingException extends IllegalArgumentException {
  private final String key;

  /**
   * @param key the dotted key, e.g. {@code links.acceptedStatuses}
   * @param problem what is wrong with the value and how to write it
   */
  public SettingException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
