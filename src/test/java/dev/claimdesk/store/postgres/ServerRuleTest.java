package dev.claimdesk.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules' SQLSTATEs: one per rule, and exactly the ones the migrations raise. */
class ServerRuleTest {
    @Test
    void everyRuleHasAStateOfItsOwnAndTheMigrationsRaiseNoOther() throws IOException {
        Set<String> declared = Arrays.stream(ServerRule.values())
                .map(ServerRule::sqlState)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).hasSize(ServerRule.values().length);

        Set<String> raised = new TreeSet<>();
        Pattern errcode = Pattern.compile("ERRCODE = '([0-9A-Z]{5})'");
        try (Stream<Path> files = Files.list(Path.of("db/postgresql"))) {
            for (Path f : files.toList()) {
                Matcher m = errcode.matcher(Files.readString(f));
                while (m.find()) {
                    raised.add(m.group(1));
                }
            }
        }
        assertThat(raised).isEqualTo(declared);
        assertThat(ServerRule.of("CD004")).contains(ServerRule.FOUR_EYES);
        assertThat(ServerRule.of("42501")).isEmpty();
    }
}
