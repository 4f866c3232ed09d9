package io.github.qbanklint.core.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XML reports with indentation. XML 1.0 cannot hold most C0 controls even as character
 * references, so text shows every control as {@link TerminalText} does (ESC as {@code \e}, the
 * others as Unicode escapes); what XML still forbids after that (unpaired surrogates, U+FFFE,
 * U+FFFF) is dropped.
 */
final class XmlOutput implements AutoCloseable {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private final XMLStreamWriter xml;
  private int depth;
  private boolean hasChildren;

  XmlOutput(Writer out) throws IOException {
    try {
      xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput start(String name) throws IOException {
    try {
      xml.writeCharacters("\n" + "  ".repeat(depth));
      xml.writeStartElement(name);
      depth++;
      hasChildren = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput attribute(String name, Object value) throws IOException {
    try {
      xml.writeAttribute(name, clean(String.valueOf(value)));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput text(String text) throws IOException {
    try {
      xml.writeCharacters(clean(text));
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOutput end() throws IOException {
    try {
      depth--;
      if (hasChildren) {
        xml.writeCharacters("\n" + "  ".repeat(depth));
      }
      xml.writeEndElement();
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends an element that holds only text, keeping the text on the element's line. */
  XmlOutput endText() throws IOException {
    try {
      depth--;
      xml.writeEndElement();
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    TerminalText.escape(text)
        .codePoints()
        .filter(
            cp ->
                cp == '\t'
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
