package dev.claimdesk.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a team server is: {@code postgresql://[user@]host[:port]/database[?setting=value&…]} (as
 * libpq and psql write it; {@code postgres://} too) or {@code jdbc:postgresql://host[:port]/database
 * [?user=…&…]}. A password is refused in the address: it would end up in shell histories, recent
 * lists and logs; it comes from {@code ~/.pgpass} or the environment instead.
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> settings) {
    public static final int DEFAULT_PORT = 5432;
    private static final String[] PREFIXES = {"jdbc:postgresql://", "postgresql://", "postgres://"};

    public ServerAddress {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** True when the text is meant as a server address rather than a file name. */
    public static boolean isServerAddress(String text) {
        return text != null && prefixLength(text.strip()) > 0;
    }

    public static ServerAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        int prefix = prefixLength(s);
        if (prefix == 0) {
            throw invalid(s, "it does not start with postgresql://");
        }
        String rest = s.substring(prefix);
        Map<String, String> settings = new LinkedHashMap<>();
        int question = rest.indexOf('?');
        if (question >= 0) {
            readSettings(s, rest.substring(question + 1), settings);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String database = slash < 0 ? "" : decode(s, rest.substring(slash + 1));
        if (database.isBlank() || database.contains("/")) {
            throw invalid(s, "it does not name the database (postgresql://host/DATABASE)");
        }
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String user = settings.remove("user");
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw passwordInAddress();
            }
            user = decode(s, userInfo);
            authority = authority.substring(at + 1);
        }
        if (authority.contains(",")) {
            throw invalid(s, "ClaimDesk connects to one server, not to a list of them");
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = port(s, authority.substring(colon + 1));
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        return new ServerAddress(host, port, database, user == null || user.isBlank() ? null : user, settings);
    }

    /** The same server and database, signed in as another login. */
    public ServerAddress withUser(String login) {
        return new ServerAddress(host, port, database, login, settings);
    }

    /** The address as it may be shown and logged: {@code ada@db.example.org:5432/newsdesk}. */
    public String display() {
        return (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    /**
     * The address as it is written and remembered ({@code postgresql://ada@db.example:5432/newsdesk
     * ?sslmode=require}): {@link #parse} reads it back to an equal address. Never a password.
     */
    public String text() {
        StringBuilder sb = new StringBuilder("postgresql://");
        if (user != null) {
            sb.append(encode(user)).append('@');
        }
        sb.append(host).append(':').append(port).append('/').append(encode(database));
        String sep = "?";
        for (Map.Entry<String, String> e : settings.entrySet()) {
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = "&";
        }
        return sb.toString();
    }

    /** The same server with one setting more or changed ({@code sslmode}, say); null removes it. */
    public ServerAddress withSetting(String key, String value) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        if (value == null) {
            s.remove(key);
        } else {
            s.put(key, value);
        }
        return new ServerAddress(host, port, database, user, s);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return display();
    }

    private static int prefixLength(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (lower.startsWith(p)) {
                return p.length();
            }
        }
        return 0;
    }

    private static void readSettings(String address, String query, Map<String, String> settings) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(address, eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(address, pair.substring(eq + 1));
            if (key.equalsIgnoreCase("password")) {
                throw passwordInAddress();
            }
            settings.put(key, value);
        }
    }

    private static int port(String address, String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(address, "\"" + text + "\" is not a port number");
    }

    /** Percent-decoding as in URIs ("+" stays a plus sign). */
    private static String decode(String address, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()
                        || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw invalid(address, "a % is not followed by two hexadecimal digits");
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ClaimDeskException invalid(String address, String why) {
        return new ClaimDeskException(
                ClaimDeskException.Problem.INVALID_INPUT,
                "\"" + withoutPassword(address) + "\" is not a server address: " + why
                        + ". Write it as postgresql://user@host:port/database.");
    }

    /** The address as it may be echoed: a password typed into it is replaced by "…". */
    private static String withoutPassword(String address) {
        return address.replaceFirst("(//[^/:@]*):[^/@]*@", "$1:…@").replaceAll("(?i)([?&]password=)[^&]*", "$1…");
    }

    private static ClaimDeskException passwordInAddress() {
        return new ClaimDeskException(
                ClaimDeskException.Problem.INVALID_INPUT,
                "Leave the password out of the server address: ClaimDesk reads it from ~/.pgpass or from the"
                        + " PGPASSWORD environment variable.");
    }
}
