package io.github.qbanklint.core.report.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
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

  /**
   * Jenkins' {@code junit-4.xsd}, the JUnit schema most report writers validate against, with the
   * test case's optional {@code file} and {@code line} attributes allowed: the schema predates
   * them; Jenkins' xUnit plugin added them in its {@code junit-10.xsd}, and GitLab's test reports
   * and the GitHub JUnit actions read them.
   */
  public static XmlSchema commonJunit() {
    return loadAllowing("/junit/jenkins-junit-4.xsd", "testcase", "file", "line");
  }

  /**
   * The schema at {@code resource}, with optional string {@code attributes} added to {@code
   * element}.
   */
  static XmlSchema loadAllowing(String resource, String element, String... attributes) {
    try (InputStream in =
        Objects.requireNonNull(XmlSchema.class.getResourceAsStream(resource), resource)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document xsd = factory.newDocumentBuilder().parse(in);
      Element type = complexTypeOf(xsd, element);
      for (String attribute : attributes) {
        Element declaration =
            xsd.createElementNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "xs:attribute");
        declaration.setAttribute("name", attribute);
        declaration.setAttribute("type", "xs:string");
        declaration.setAttribute("use", "optional");
        type.appendChild(declaration);
      }
      return new XmlSchema(
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
              .newSchema(new DOMSource(xsd)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("bad schema " + resource, e);
    }
  }

  private static Element complexTypeOf(Document xsd, String element) {
    NodeList elements = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
    for (int i = 0; i < elements.getLength(); i++) {
      Element candidate = (Element) elements.item(i);
      if (candidate.getAttribute("name").equals(element)) {
        return (Element)
            candidate
                .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType")
                .item(0);
      }
    }
    throw new IllegalArgumentException("no element " + element);
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
