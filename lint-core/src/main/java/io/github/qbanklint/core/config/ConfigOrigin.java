package io.github.qbanklint.core.config;

/**
 * Where a config file came from, which decides how far it is trusted. In CI the bank and the config
 * found next to it come from a pull request, so a found config may not widen what a run touches:
 * see {@link io.github.qbanklint.core.api.ConfigKey.TrustedOnly} and {@link
 * io.github.qbanklint.core.api.ConfigKey.WorkspacePath}.
 */
public enum ConfigOrigin {
  /** Found upward from the first path to lint: part of the repository, untrusted. */
  FOUND,
  /** Named by the user ({@code --config}, the Maven plugin's {@code configFile}): trusted. */
  NAMED
}
