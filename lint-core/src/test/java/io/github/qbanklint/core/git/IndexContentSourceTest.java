package io.github.qbanklint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.cache.FileStamp;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexContentSourceTest {
  @TempDir Path repo;

  @Test
  void onlyFilesTheIndexHoldsAsOnDiskHaveTheDisksStamp() throws Exception {
    TestGit.init(repo);
    Files.writeString(repo.resolve("same.md"), "# Same\n");
    Files.writeString(repo.resolve("edited.md"), "# Staged\n");
    TestGit.commitAll(repo);
    Files.writeString(repo.resolve("edited.md"), "# Not staged\n");
    Thread.sleep(FileStamp.SETTLED.toMillis() + 200); // only a settled file has a stamp

    GitRepository repository = GitRepository.discover(repo);
    IndexContentSource index =
        new IndexContentSource(
            repository,
            repository.indexFiles(),
            Config.defaults().documentLoader(),
            new GitPaths());
    assertThat(index.stamp(file("same.md"))).isPresent();
    assertThat(index.stamp(file("edited.md")))
        .as("the bytes linted are the index's, not the disk's")
        .isEmpty();
  }

  private SourceFile file(String name) throws IOException {
    return new SourceFile(repo.resolve(name).toRealPath(), name);
  }
}
