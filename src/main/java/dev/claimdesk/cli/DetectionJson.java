package dev.claimdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.DetectedSentence;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.util.Collection;
import java.util.List;

/** The JSON contract of {@code extract} and {@code claims} (documented in the README). */
final class DetectionJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DetectionJson() {}

    static ObjectNode sentence(DetectedSentence s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
        n.put("score", Math.round(s.score() * 10_000) / 10_000.0);
        n.put("proposed", s.proposed());
        kinds(n.putArray("kinds"), s.kinds());
        s.reasons().forEach(n.putArray("reasons")::add);
        flags(n.putArray("flags"), s.flags());
        quantities(n.putArray("quantities"), s.quantities());
        if (s.claimant() != null) {
            n.put("claimant", s.claimant());
        }
        return n;
    }

    static void kinds(ArrayNode a, Collection<ClaimKind> kinds) {
        kinds.stream().sorted().forEach(k -> a.add(k.name()));
    }

    static void flags(ArrayNode a, List<RedFlag> flags) {
        for (RedFlag f : flags) {
            a.addObject().put("code", f.code()).put("message", f.message());
        }
    }

    static void quantities(ArrayNode a, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            ObjectNode o = a.addObject();
            o.put("raw", q.raw());
            o.put("value", q.value());
            o.put("unit", q.unit());
            o.put("dimension", q.dimension());
            o.put("approximate", q.approximate());
            if (q.approximation() != null) {
                o.put("approximation", q.approximation());
            }
            if (q.noun() != null) {
                o.put("noun", q.noun());
            }
        }
    }
}
