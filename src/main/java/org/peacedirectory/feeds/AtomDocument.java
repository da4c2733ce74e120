package org.peacedirectory.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ListedOrganisation;
import org.peacedirectory.organisation.LocalizedText;
import org.peacedirectory.system.DataLicence;

/**
 * Writes a feed as an Atom document (RFC 4287) with the JDK's XML writer, which escapes every text. Each
 * entry is a profile: its id a tag URI on the organisation's number (RFC 4151), which stays when the
 * profile's address changes; its title the official name; published when it was first published, updated
 * when it last changed; its summary in the reader's language where one exists; its countries and themes as
 * categories.
 */
final class AtomDocument {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** What the document says of the feed itself. */
    record Head(String title, String selfUrl, String pageUrl, String siteName, String siteUrl, Locale language) {}

    /** An entry: the profile and its address. */
    record Entry(ListedOrganisation organisation, String profileUrl) {}

    private AtomDocument() {}

    static String write(Head head, List<Entry> entries, String tagAuthority) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", head.language().toLanguageTag());
            element(xml, "id", head.selfUrl());
            element(xml, "title", head.title());
            element(xml, "updated", timestamp(lastUpdate(entries)));
            link(xml, "self", "application/atom+xml", head.selfUrl());
            link(xml, "alternate", "text/html", head.pageUrl());
            link(xml, "license", null, DataLicence.URL);
            element(xml, "rights", DataLicence.NAME);
            xml.writeStartElement("author");
            element(xml, "name", head.siteName());
            element(xml, "uri", head.siteUrl());
            xml.writeEndElement();
            for (Entry entry : entries) {
                entry(xml, entry, tagAuthority);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An Atom feed could not be written", e);
        }
        return text.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry, String tagAuthority) throws XMLStreamException {
        ListedOrganisation organisation = entry.organisation();
        xml.writeStartElement("entry");
        element(xml, "id", "tag:" + tagAuthority + ",2026:organisation:" + organisation.id());
        String acronym = organisation.acronym();
        element(xml, "title", organisation.name() + (acronym == null ? "" : " (" + acronym + ")"));
        link(xml, "alternate", "text/html", entry.profileUrl());
        element(xml, "published", timestamp(organisation.publishedAt()));
        element(xml, "updated", timestamp(organisation.updatedAt()));
        for (String country : countries(organisation)) {
            category(xml, country);
        }
        for (String theme : organisation.themes()) {
            category(xml, theme);
        }
        @Nullable LocalizedText summary = organisation.summary();
        if (summary != null) {
            xml.writeStartElement("summary");
            xml.writeAttribute("xml", XML, "lang", summary.language());
            xml.writeCharacters(xmlText(summary.text()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static List<String> countries(ListedOrganisation organisation) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(organisation.countryCode()), organisation.worksIn().stream())
                .distinct()
                .toList();
    }

    private static Instant lastUpdate(List<Entry> entries) {
        return entries.stream()
                .map(entry -> entry.organisation().updatedAt())
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, @Nullable String type, String href)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
    }

    /** RFC 3339 in UTC, to the second. */
    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Without the characters XML 1.0 cannot carry at all (controls other than tab and line ends). */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
