package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.engine.InputException;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.ReportContext;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the parameters that select and configure the lint, and turning them into
 * a {@link PreparedLint}. The goals only decide what to do with the result.
 */
abstract class AbstractLintMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Directories to lint; default: the module's base directory. */
  @Parameter(property = "qbanklint.sourceDirectories")
  private List<File> sourceDirectories;

  /**
   * Globs of files to lint, relative to the module; default: the config file's, else {@code
   * **}{@code /*.md} and {@code **}{@code /*.markdown}.
   */
  @Parameter(property = "qbanklint.includes")
  private List<String> includes;

  /**
   * Globs of files to skip; default: the config file's. The build directory, child modules, {@code
   * .git} and {@code node_modules} are always skipped.
   */
  @Parameter(property = "qbanklint.excludes")
  private List<String> excludes;

  /** The {@code .qbank-lint.yml} to use; default: the nearest one in the module or above it. */
  @Parameter(property = "qbanklint.configFile")
  private File configFile;

  /**
   * Check {@code http(s)} links over the network; default: the config file's, else false. Off when
   * Maven is offline.
   */
  @Parameter(property = "qbanklint.remote")
  private Boolean remote;

  /**
   * Let remote link checks request loopback, private and link-local addresses; default: a config
   * file named by {@code configFile} decides, else false. A config found in the repository cannot
   * turn this on.
   */
  @Parameter(property = "qbanklint.allowPrivate")
  private Boolean allowPrivate;

  /**
   * How many files to check at once; default: the number of processors, at most 4 per processor.
   */
  @Parameter(property = "qbanklint.jobs")
  private Integer jobs;

  /**
   * Reuse the results of files unchanged since an earlier run, and remote links found alive;
   * default true. The caches live in the user cache directory, shared with the command line; {@code
   * cache: false} in the config file also turns them off.
   */
  @Parameter(property = "qbanklint.cache", defaultValue = "true")
  private boolean cache;

  /**
   * Where to keep the result and remote-link caches instead of the user cache directory ({@code
   * $XDG_CACHE_HOME/qbank-lint}, else {@code ~/.cache/qbank-lint}); relative to the module.
   */
  @Parameter(property = "qbanklint.cacheDirectory")
  private File cacheDirectory;

  /** Skip the goal. */
  @Parameter(property = "qbanklint.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("qbank-lint is skipped.");
      return;
    }
    validateParameters();
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    SourceSelection sources =
        SourceSelection.of(
            basedir,
            orEmpty(sourceDirectories).isEmpty() ? List.of(basedir.toFile()) : sourceDirectories,
            Path.of(project.getBuild().getDirectory()),
            project.getModules());
    if (sources.inputs().isEmpty()) {
      getLog().info("qbank-lint: no source directory exists, nothing to lint.");
      return;
    }
    try {
      Config config =
          LintConfiguration.load(
              basedir,
              Optional.ofNullable(configFile),
              orEmpty(includes),
              orEmpty(excludes),
              sources,
              Optional.ofNullable(remote),
              session.isOffline(),
              Optional.ofNullable(allowPrivate),
              getLog());
      RuleRegistry registry = RuleRegistry.load();
      ReportContext context =
          new ReportContext(
              Path.of(session.getExecutionRootDirectory()),
              false,
              registry.all().stream().map(Rule::meta).toList(),
              getLog().isDebugEnabled());
      LintRequest request =
          new LintRequest(sources.inputs(), basedir, config, jobs(), Optional.of(basedir));
      lint(new PreparedLint(registry, request, context, new LoggedProgress(getLog()), checking()));
    } catch (ConfigException e) {
      throw new MojoExecutionException("qbank-lint configuration error: " + e.describe(), e);
    } catch (InputException e) {
      throw new MojoExecutionException("qbank-lint: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      // One line, as for any failed goal; without the error as cause, -e shows no second trace.
      throw new MojoExecutionException(
          "qbank-lint: internal error: out of memory: give Maven more heap (MAVEN_OPTS=-Xmx2g),"
              + " or lower maxFileBytes in .qbank-lint.yml to skip the largest files");
    } catch (StackOverflowError e) {
      throw new MojoExecutionException(
          "qbank-lint: internal error: a file nests too deeply to be checked (stack overflow);"
              + " please report it");
    }
  }

  /** Whether the goal is skipped ({@code skip}). */
  protected boolean skipped() {
    return skip;
  }

  /**
   * Whether this goal only checks: only {@code check}. Its results then carry no bank outlines,
   * which the unanswered-questions reports are made of, and it may reuse earlier results.
   */
  protected boolean checksOnly() {
    return false;
  }

  /** For a goal that only checks, whether and where it reuses results. */
  private Optional<CacheOptions> checking() {
    if (!checksOnly()) {
      return Optional.empty();
    }
    return Optional.of(
        cache
            ? CacheOptions.inUserCache(
                Optional.ofNullable(cacheDirectory).map(File::toPath),
                note -> getLog().warn("qbank-lint: " + note),
                line -> getLog().info("qbank-lint: " + line))
            : CacheOptions.off());
  }

  /** Checks the goal's own parameters before any file is read. */
  protected void validateParameters() throws MojoExecutionException {}

  /** What builds a goal's own parameter object; it throws for a bad value. */
  protected interface ParameterParser<T> {
    T parse();
  }

  /** Parses a parameter; a bad value stops the goal with a message that names it. */
  protected static <T> T parameter(ParameterParser<T> parser) throws MojoExecutionException {
    try {
      return parser.parse();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("qbank-lint: " + e.getMessage(), e);
    }
  }

  /** Runs the lint and acts on its result. */
  protected abstract void lint(PreparedLint lint)
      throws MojoExecutionException, MojoFailureException;

  private int jobs() throws MojoExecutionException {
    if (jobs == null) {
      return LintRequest.defaultJobs();
    }
    if (jobs < 1) {
      throw new MojoExecutionException("qbank-lint: jobs must be at least 1, not " + jobs);
    }
    if (jobs > LintRequest.maxJobs()) {
      getLog()
          .warn(
              "qbank-lint: jobs "
                  + jobs
                  + " lowered to "
                  + LintRequest.maxJobs()
                  + " (4 per processor; more only slow the build down)");
      return LintRequest.maxJobs();
    }
    return jobs;
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
