package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.Version;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON outputs' shared frame: a pretty printer that leaves the writer open, and the tool
 * header.
 */
public final class JsonDocuments {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonDocuments() {}

  /** A generator over {@code out}; closing it does not close {@code out}. */
  public static JsonGenerator open(Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter();
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /** Writes {@code "tool": {"name": "qbank-lint", "version": …}} into the current object. */
  public static void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "qbank-lint");
    g.writeStringField("version", Version.current());
    g.writeEndObject();
  }
}
