package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a key path (as in a mapping exception) is written in YAML text. The mapper's own
 * location is where its parser stopped, often lines past the culprit, so it is found again here.
 */
final class KeyLocator {
  private KeyLocator() {}

  static Optional<JsonLocation> locate(JsonFactory factory, String yaml, List<Reference> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser parser = factory.createParser(yaml)) {
      return descend(parser, parser.nextToken(), path, 0);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonLocation> descend(
      JsonParser parser, JsonToken token, List<Reference> path, int depth) throws IOException {
    Reference step = path.get(depth);
    boolean last = depth + 1 == path.size();
    if (token == JsonToken.START_OBJECT && step.getFieldName() != null) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean match = parser.currentName().equals(step.getFieldName());
        JsonLocation key = parser.currentTokenLocation();
        JsonToken value = parser.nextToken();
        if (match) {
          return last ? Optional.of(key) : descend(parser, value, path, depth + 1);
        }
        parser.skipChildren();
      }
    } else if (token == JsonToken.START_ARRAY && step.getIndex() >= 0) {
      int index = 0;
      for (JsonToken item = parser.nextToken();
          item != null && item != JsonToken.END_ARRAY;
          item = parser.nextToken(), index++) {
        if (index == step.getIndex()) {
          return last
              ? Optional.of(parser.currentTokenLocation())
              : descend(parser, item, path, depth + 1);
        }
        parser.skipChildren();
      }
    }
    return Optional.empty();
  }
}
