import io.github.qbanklint.maven.DocsMavenCommands
import java.nio.file.Files
import java.nio.file.Path

// Every mvn command in the shell blocks of README.md and docs/**.md, as pasted (see
// DocsMavenCommands): the plugin comes from this invoker run's local repository.
def outcome = new DocsMavenCommands(
        Path.of(repository),
        Path.of(System.getProperty('maven.home')),
        localRepositoryPath.toPath(),
        Path.of(buildRepository))
    .run(Files.createDirectories(basedir.toPath().resolve('runs')))
println "docs: ${outcome.ran()} mvn commands run, skipped: ${outcome.skipped()}"
assert outcome.problems().isEmpty() : outcome.problems().join('\n')
assert outcome.ran() >= 3
true
