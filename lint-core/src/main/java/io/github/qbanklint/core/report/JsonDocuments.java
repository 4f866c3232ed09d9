package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.qbanklint.core.Version;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON outputs' shared frame: a pretty printer that leaves the writer open, the tool header,
 * and escaping that keeps the file inert. JSON escapes C0 controls anyway; every other character
 * that {@link TerminalText} shows as an escape (DEL, C1, bidirectional controls, U+2028 and U+2029)
 * is written as a JSON Unicode escape too. A parser still reads the exact text (a path names the
 * real file), but the raw file shown in a terminal or a browser neither runs nor reorders anything.
 */
public final class JsonDocuments {
  private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new Inert());

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

  /** JSON's standard escapes, and Unicode escapes for the other controls. */
  private static final class Inert extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    Inert() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return TerminalText.isControl(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
