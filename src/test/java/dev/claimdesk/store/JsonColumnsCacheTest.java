package dev.claimdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ClaimKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonColumnsCacheTest {
    @Test
    void aRepeatedTextIsDecodedOnceAndGivesTheSameValue() {
        Map<String, Set<ClaimKind>> cache = new ConcurrentHashMap<>();
        AtomicInteger decoded = new AtomicInteger();
        String json = JsonColumns.write(List.of(ClaimKind.values()[0]));

        Set<ClaimKind> first = JsonColumns.cached(cache, json, j -> {
            decoded.incrementAndGet();
            return Set.copyOf(JsonColumns.readSet(j, ClaimKind.class));
        });
        Set<ClaimKind> second = JsonColumns.cached(cache, json, j -> {
            decoded.incrementAndGet();
            return Set.copyOf(JsonColumns.readSet(j, ClaimKind.class));
        });

        assertThat(first).containsExactly(ClaimKind.values()[0]).isSameAs(second);
        assertThat(decoded).hasValue(1);
    }

    @Test
    void manyDistinctTextsNeverGrowTheCacheBeyondItsBound() {
        Map<String, List<String>> cache = new ConcurrentHashMap<>();
        for (int i = 0; i < JsonColumns.CACHED * 3; i++) {
            List<String> v = JsonColumns.cached(
                    cache, "[\"reason " + i + "\"]", j -> List.copyOf(JsonColumns.readList(j, String.class)));
            assertThat(v).containsExactly("reason " + i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(JsonColumns.CACHED);
    }

    @Test
    void anEmptyArrayOrNoTextIsAnEmptyList() {
        assertThat(JsonColumns.readList("[]", String.class)).isEmpty();
        assertThat(JsonColumns.readList(null, String.class)).isEmpty();
        assertThat(JsonColumns.readSet(null, ClaimKind.class)).isEmpty();
    }
}
