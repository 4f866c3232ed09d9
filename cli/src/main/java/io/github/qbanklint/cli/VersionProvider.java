package io.github.qbanklint.cli;

import io.github.qbanklint.core.Version;
import picocli.CommandLine;

/** Supplies {@code --version} from the build's version. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"qbank-lint " + Version.current()};
  }
}
