package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigJsonSchema;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.ConfigTemplate;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code qbank-lint init}: writes a commented default config whose first line points YAML editors
 * at its JSON Schema: the published schema when the build knows the project's URL, else a copy
 * written beside the config. Never overwrites a file.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Write a commented default "
            + ConfigLoader.FILE_NAME
            + " and, unless the schema is published, its JSON Schema "
            + InitCommand.SCHEMA_FILE
            + " (refuses to overwrite).")
final class InitCommand implements Callable<Integer> {
  static final String SCHEMA_FILE = ".qbank-lint.schema.json";

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write it (default: .).")
  Path directory = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Path file = directory.resolve(ConfigLoader.FILE_NAME);
    Optional<Path> schemaFile =
        ProjectLinks.BUILD.absolute()
            ? Optional.empty()
            : Optional.of(directory.resolve(SCHEMA_FILE));
    for (Path target : schemaFile.map(s -> List.of(file, s)).orElse(List.of(file))) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(target + " exists already; edit it, or delete it first");
      }
    }
    Files.createDirectories(directory);
    LintResult banks =
        UnansweredReport.readBanks(
            new LintRequest(
                List.of(directory),
                Path.of("").toAbsolutePath(),
                Config.defaults(),
                LintRequest.defaultJobs()));
    List<RuleMeta> rules = RuleRegistry.load().all().stream().map(Rule::meta).toList();
    String schema = schemaFile.map(s -> SCHEMA_FILE).orElse(ProjectLinks.BUILD.schema());
    if (schemaFile.isPresent()) {
      write(schemaFile.get(), ConfigJsonSchema.generate(rules));
    }
    write(file, ConfigTemplate.forBank(banks, rules, schema));
    return ExitCodes.CLEAN;
  }

  /** Creates {@code file}; one that appeared since the check is not overwritten. */
  private static void write(Path file, String text) throws IOException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(file + " exists already; edit it, or delete it first");
    }
    Console.INFO.println("wrote " + file);
    Console.OUT.flush();
  }
}
