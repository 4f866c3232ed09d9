package io.github.qbanklint.core.report.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** An XML schema from the test classpath, and every violation of it in a document. */
public final class XmlSchema {
  private final Schema schema;

  private XmlSchema(Schema schema) {
    this.schema = schema;
  }

  public static XmlSchema load(String resource) {
    URL url = Objects.requireNonNull(XmlSchema.class.getResource(resource), resource);
    try {
      return new XmlSchema(
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url));
    } catch (SAXException e) {
      throw new IllegalStateException("bad schema " + resource, e);
    }
  }

  /** The violations of {@code xml}, each as {@code line:column message}; empty when valid. */
  public List<String> validate(String xml) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema.newValidator();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        });
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }
}
