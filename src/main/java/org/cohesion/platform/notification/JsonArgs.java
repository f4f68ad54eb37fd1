package org.cohesion.platform.notification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** A notice's arguments as stored: a JSON array of strings. */
final class JsonArgs {
  private JsonArgs() {}

  static String write(List<String> args) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    args.forEach(array::add);
    return array.build().toString();
  }

  static List<String> read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.stream()
          .map(
              v ->
                  v.getValueType() == JsonValue.ValueType.STRING
                      ? ((JsonString) v).getString()
                      : v.toString())
          .toList();
    }
  }
}
