package io.github.qbanklint.cli;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.ConfigTemplate;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qbank-lint init}: writes a commented default config; never overwrites one. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Write a commented default " + ConfigLoader.FILE_NAME + " (refuses to overwrite).")
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write it (default: .).")
  Path directory = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Path file = directory.resolve(ConfigLoader.FILE_NAME);
    if (Files.exists(file)) {
      throw new UsageException(file + " exists already; edit it, or delete it first");
    }
    Files.createDirectories(directory);
    LintResult banks =
        UnansweredReport.readBanks(
            new LintRequest(
                List.of(directory),
                Path.of("").toAbsolutePath(),
                Config.defaults(),
                LintRequest.defaultJobs()));
    Files.writeString(file, ConfigTemplate.forBank(banks), StandardCharsets.UTF_8);
    Console.INFO.println("wrote " + file);
    Console.OUT.flush();
    return ExitCodes.CLEAN;
  }
}
