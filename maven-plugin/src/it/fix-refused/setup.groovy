import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// A second name for a-linked.md, and b-read-only.md made read-only: fix must refuse both.
def dir = basedir.toPath()
Files.createLink(dir.resolve('a-linked-copy.txt'), dir.resolve('a-linked.md'))
Files.setPosixFilePermissions(dir.resolve('b-read-only.md'), PosixFilePermissions.fromString('r--r--r--'))
true
