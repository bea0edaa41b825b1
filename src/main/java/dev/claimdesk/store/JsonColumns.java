package dev.claimdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        if (json == null || json.isBlank()) {
            return List.of();
        }
        CollectionType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return MAPPER.readValue(json, listType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON in a claim column: " + json, e);
        }
    }

    static <E extends Enum<E>> Set<E> readSet(String json, Class<E> type) {
        List<E> values = readList(json, type);
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
