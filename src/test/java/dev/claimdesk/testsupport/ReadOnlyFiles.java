package dev.claimdesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a file or folder truly read-only for this process. Permission bits do not stop root (CI
 * runs as root), so there the immutable attribute is used; {@link #undo} must run before the
 * temporary folder is deleted.
 */
public final class ReadOnlyFiles {
    private ReadOnlyFiles() {}

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static void make(Path p) throws IOException, InterruptedException {
        if (root()) {
            chattr("+i", p);
        } else {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
            perms.removeAll(EnumSet.of(
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(p, perms);
        }
        if (Files.isWritable(p)) {
            throw new IllegalStateException("could not make " + p + " read-only");
        }
    }

    public static void undo(Path p) throws IOException, InterruptedException {
        if (root()) {
            chattr("-i", p);
        } else {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static void chattr(String flag, Path p) throws IOException, InterruptedException {
        Process proc =
                new ProcessBuilder("chattr", flag, p.toString()).inheritIO().start();
        if (!proc.waitFor(30, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            throw new IOException("chattr " + flag + " " + p + " failed");
        }
    }
}
