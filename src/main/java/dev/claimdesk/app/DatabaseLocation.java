package dev.claimdesk.app;

import dev.claimdesk.domain.ServerAddress;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the window's database is: a file on this computer, or a team server. A server location may
 * carry the password just typed, for one connection; it is never part of {@link #remembered} nor of
 * any text, and {@link Server#forget} clears it once the connection holds it.
 */
public sealed interface DatabaseLocation {
    /** A short name for the title and status bar: the file's name, or {@code login@host:port/db}. */
    String display();

    /** The whole location for a tooltip: the file's path, or the server address. */
    String detail();

    /** What the recent list keeps: the path, or the address ({@link ServerAddress#text}), never a password. */
    String remembered();

    /** A remembered location read back: an address when it is one, else a path. */
    static DatabaseLocation parse(String remembered) {
        return ServerAddress.isServerAddress(remembered)
                ? new Server(ServerAddress.parse(remembered), null)
                : new File(Path.of(remembered));
    }

    /** A database file. */
    record File(Path path) implements DatabaseLocation {
        @Override
        public String display() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }

        @Override
        public String detail() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public String remembered() {
            return detail();
        }
    }

    /**
     * A team server; {@code password} is the one typed (null or empty: PGPASSWORD, else
     * ~/.pgpass). Equal to the same address whatever the password.
     */
    record Server(ServerAddress address, char[] password) implements DatabaseLocation {
        @Override
        public String display() {
            return address.display();
        }

        @Override
        public String detail() {
            return "Team server " + address.display();
        }

        @Override
        public String remembered() {
            return address.text();
        }

        /** Clears the typed password (after the connection took it). */
        public void forget() {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Server s && s.address.equals(address);
        }

        @Override
        public int hashCode() {
            return address.hashCode();
        }

        @Override
        public String toString() {
            return "Server[" + address.display() + "]";
        }
    }
}
