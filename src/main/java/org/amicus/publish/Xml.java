package org.amicus.publish;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps and feeds, written by the JDK's own {@link XMLStreamWriter} (never another one on the class path),
 * which escapes text and attributes: one element per line, indented two spaces per level, so the output is
 * stable and readable.
 */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    Xml() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // not thrown when writing into a string
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    Xml open(int indent, String name, String... attributes) {
        return write(() -> {
            start(indent, name, attributes);
            xml.writeCharacters("\n");
        });
    }

    Xml close(int indent, String name) {
        return write(() -> {
            xml.writeCharacters("  ".repeat(indent));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    /** An element with text content. */
    Xml text(int indent, String name, String text, String... attributes) {
        return write(() -> {
            start(indent, name, attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    /** An empty element. */
    Xml empty(int indent, String name, String... attributes) {
        return write(() -> {
            xml.writeCharacters("  ".repeat(indent));
            xml.writeEmptyElement(name);
            attributes(attributes);
            xml.writeCharacters("\n");
        });
    }

    private void start(int indent, String name, String... attributes) throws XMLStreamException {
        xml.writeCharacters("  ".repeat(indent));
        xml.writeStartElement(name);
        attributes(attributes);
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private Xml write(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // not thrown when writing into a string
        }
    }

    @Override
    public String toString() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
