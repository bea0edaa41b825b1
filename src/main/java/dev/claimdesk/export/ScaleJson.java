package dev.claimdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.ArrayList;
import java.util.List;

/**
 * A verdict scale as a small JSON file, so a desk's configuration moves between databases with its
 * colours, keys, ranks and published ratings intact:
 *
 * <pre>
 * {"format": "claimdesk-verdict-scale", "version": 1, "code": "NEWSROOM", "name": "…",
 *  "labels": [{"code": "TRUE", "name": "True", "rank": 3, "ratingValue": 3, "alternateName": null,
 *              "colour": "#2e7d32", "hotkey": "1", "retired": false}, …]}
 * </pre>
 *
 * Labels keep their order. Reading checks the shape only; the scale's own rules are
 * {@link dev.claimdesk.domain.ScaleRules}.
 */
public final class ScaleJson {
    public static final String FORMAT = "claimdesk-verdict-scale";
    public static final int VERSION = 1;
    /** A scale file is a few kilobytes; anything far larger is not one. */
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScaleJson() {}

    public static String write(VerdictScale scale) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("code", scale.code());
        root.put("name", scale.name());
        ArrayNode labels = root.putArray("labels");
        for (VerdictLabel l : scale.labels()) {
            ObjectNode n = labels.addObject();
            n.put("code", l.code());
            n.put("name", l.name());
            n.put("rank", l.ordinal());
            n.put("ratingValue", l.ratingValue());
            n.put("alternateName", l.alternateName());
            n.put("colour", l.colour());
            n.put("hotkey", l.hotkey());
            n.put("retired", l.retired());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scale", e);
        }
    }

    /** The scale in {@code text} (ids 0), or a plain-words refusal. */
    public static VerdictScale read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw refused("it is not JSON", e);
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asText(null))) {
            throw refused("it is not a ClaimDesk verdict scale (its \"format\" is not " + FORMAT + ")", null);
        }
        if (root.path("version").asInt(0) != VERSION) {
            throw refused(
                    "it was written by a newer ClaimDesk (scale file version "
                            + root.path("version").asText("?") + ")",
                    null);
        }
        JsonNode labels = root.path("labels");
        if (!labels.isArray()) {
            throw refused("it has no list of labels", null);
        }
        List<VerdictLabel> out = new ArrayList<>();
        int order = 1;
        for (JsonNode n : labels) {
            if (!n.isObject()) {
                throw refused("label " + order + " is not an object", null);
            }
            out.add(new VerdictLabel(
                    0,
                    0,
                    text(n, "code"),
                    text(n, "name"),
                    integer(n, "rank", order),
                    text(n, "colour"),
                    text(n, "hotkey"),
                    order,
                    integer(n, "ratingValue", order),
                    text(n, "alternateName"),
                    n.path("retired").asBoolean(false)));
            order++;
        }
        return new VerdictScale(0, text(root, "code"), text(root, "name"), out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field, int label) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw refused("the " + field + " of label " + label + " is not a whole number", null);
        }
        return v.asInt();
    }

    private static ClaimDeskException refused(String why, Exception cause) {
        return new ClaimDeskException(
                Problem.INVALID_INPUT, "This file cannot be imported as a verdict scale: " + why + ".", cause);
    }
}
