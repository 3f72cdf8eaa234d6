package dev.showpage.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object being read into a record: typed getters that name the field's JSON pointer when
 * the document breaks the contract, and a check that no unknown field was left unread.
 */
final class JsonObject {

    private final JsonNode node;
    private final String pointer;
    private final Set<String> read = new HashSet<>();

    private JsonObject(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    static JsonObject of(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            throw new PageJsonException(pointer, "expected an object", null);
        }
        return new JsonObject(node, pointer);
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw wrong(name, "a string");
        }
        return Optional.of(value.stringValue());
    }

    int integer(String name) {
        OptionalInt value = optionalInteger(name);
        if (value.isEmpty()) {
            throw missing(name);
        }
        return value.getAsInt();
    }

    OptionalInt optionalInteger(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(name, "a whole number");
        }
        return OptionalInt.of(value.intValue());
    }

    Optional<Duration> optionalSeconds(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw wrong(name, "a whole number of seconds");
        }
        return Optional.of(Duration.ofSeconds(value.longValue()));
    }

    Duration seconds(String name) {
        return optionalSeconds(name).orElseThrow(() -> missing(name));
    }

    Optional<LocalDate> optionalDate(String name) {
        Optional<String> text = optionalString(name);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeException e) {
            throw new PageJsonException(pointer + "/" + name, "expected an ISO-8601 date", e);
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = string(name);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PageJsonException(pointer + "/" + name, "unknown value '" + text + "'", e);
        }
    }

    JsonObject object(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    Optional<JsonObject> optionalObject(String name) {
        JsonNode value = field(name);
        return value == null ? Optional.empty() : Optional.of(of(value, pointer + "/" + name));
    }

    List<JsonObject> objects(String name) {
        JsonNode array = array(name);
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), pointer + "/" + name + "/" + i));
        }
        return objects;
    }

    List<String> strings(String name) {
        JsonNode array = array(name);
        List<String> strings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isString()) {
                throw new PageJsonException(
                        pointer + "/" + name + "/" + i, "expected a string", null);
            }
            strings.add(array.get(i).stringValue());
        }
        return strings;
    }

    /** Fails on a field the contract does not have: a reader that drops data is no round trip. */
    void requireNoOtherFields() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                throw new PageJsonException(pointer + "/" + name, "unknown field", null);
            }
        }
    }

    String pointer() {
        return pointer;
    }

    private JsonNode array(String name) {
        JsonNode value = field(name);
        if (value == null) {
            throw missing(name);
        }
        if (!value.isArray()) {
            throw wrong(name, "an array");
        }
        return value;
    }

    private JsonNode field(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private PageJsonException missing(String name) {
        return new PageJsonException(pointer + "/" + name, "required field is missing", null);
    }

    private PageJsonException wrong(String name, String expected) {
        return new PageJsonException(pointer + "/" + name, "expected " + expected, null);
    }
}
