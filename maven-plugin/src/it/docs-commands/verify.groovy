import io.github.qbanklint.maven.DocsMavenCommands
import java.nio.file.Files
import java.nio.file.Path

// Every mvn command in the shell blocks of README.md and docs/**.md, as pasted (see
// DocsMavenCommands): the plugin comes from this invoker run's local repository.
def commands = new DocsMavenCommands(
        Path.of(repository),
        Path.of(System.getProperty('maven.home')),
        localRepositoryPath.toPath(),
        Path.of(buildRepository))
def runs = Files.createDirectories(basedir.toPath().resolve('runs'))
def outcome = commands.run(runs)
println "docs: ${outcome.ran()} mvn commands run, skipped: ${outcome.skipped()}"
assert outcome.problems().isEmpty() : outcome.problems().join('\n')
assert outcome.ran() >= 3

// With the page's pluginGroups settings, the prefix works in a project that does not declare the
// plugin: the example bank's errors fail the build, as they do where the POM declares it.
def prefixExit = commands.checkByPrefixAlone(runs)
def prefixLog = runs.resolve('prefix-only.log').toFile().text
assert !prefixLog.contains('No plugin found for prefix') : prefixLog
assert prefixLog.contains('empty-answer') : prefixLog
assert prefixExit == 1 : prefixLog
true
