java.nio.file.Files.copy(new File(exampleBank).toPath(), new File(basedir, 'README.md').toPath())
true
