package dev.claimdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** JSON text columns (claim kinds, reasons, quantities, flags) to Java collections and back. */
final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {}

    static String write(Collection<?> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON column", e);
        }
    }

    static <T> List<T> readList(String json, Class<T> type) {
        if (json == null || json.isBlank() || json.equals("[]")) {
            return List.of();
        }
        CollectionType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return MAPPER.readValue(json, listType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON in a claim column: " + json, e);
        }
    }

    /**
     * The decoded value of a column whose texts repeat from row to row (a claim's kinds, reasons,
     * flags): decoded once per distinct text and shared, as the values are immutable. A cache
     * holds at most {@value #CACHED} texts (it starts again when full), so a column of unique
     * texts costs no more than decoding each.
     */
    static <V> V cached(Map<String, V> cache, String json, Function<String, V> decode) {
        if (json == null) {
            return decode.apply(null);
        }
        V value = cache.get(json);
        if (value == null) {
            value = decode.apply(json);
            if (cache.size() >= CACHED) {
                cache.clear();
            }
            cache.put(json, value);
        }
        return value;
    }

    static final int CACHED = 1024;

    static <E extends Enum<E>> Set<E> readSet(String json, Class<E> type) {
        List<E> values = readList(json, type);
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
