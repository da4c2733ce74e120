package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.peacedirectory.organisation.ActivityLevel;

/**
 * Every visible string comes from the message bundles, in English and in French: a template with
 * literal text, or a key missing in either language, fails here.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Attributes a person reads or hears; they must be th: attributes fed from the bundles. */
    private static final List<String> READABLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** Label and hint keys passed to the form-field fragment, e.g. 'submission.name'. */
    private static final Pattern FRAGMENT_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)'");

    private static final Pattern FORM_FIELD_CALL = Pattern.compile("fragments/forms :: \\w+ \\(([^)]*)\\)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Thymeleaf inlining ([[...]]): an expression, not text. */
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(INLINE_EXPRESSION.matcher(text.text()).replaceAll(""))
                            .find()) {
                        literals.add(
                                template.getFileName() + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : READABLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        literals.add(
                                template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates; use th:text with a message key")
                .isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExistsInEnglishAndFrench() throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsedInTemplates()) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!french.containsKey(key)) {
                missing.add("fr: " + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bundlesDefineEachKeyOnce() throws IOException {
        for (String name : List.of("messages.properties", "messages_fr.properties")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources", name)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .toList();
            assertThat(keys).as(name).doesNotHaveDuplicates();
        }
    }

    @Test
    void englishAndFrenchBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> french = new TreeSet<>(bundle("messages_fr.properties").stringPropertyNames());

        assertThat(french).containsExactlyInAnyOrderElementsOf(english);
    }

    /** Messages always go through MessageFormat, so a stray quote or a broken choice would garble a page. */
    @Test
    void everyMessageIsAValidMessageFormatInBothLanguages() throws IOException {
        for (String name : List.of("messages.properties", "messages_fr.properties")) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(bundle.getProperty(key)))
                        .as(name + ": " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    /**
     * French typography: quotations in « » with a no-break space (U+00A0) inside, never “ ” or straight
     * quotes; a no-break space before : ; ? and ! where they end a clause (not inside an address such as
     * https:// or ?lang=en, nor a time).
     */
    @Test
    void frenchMessagesUseFrenchPunctuation() throws IOException {
        Properties french = bundle("messages_fr.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            wrong.addAll(frenchPunctuationMistakes(key, french.getProperty(key)));
        }
        assertThat(wrong).as("French punctuation in messages_fr.properties").isEmpty();
    }

    @Test
    void frenchPunctuationCheckCatchesEachMistake() {
        assertThat(frenchPunctuationMistakes("k", "Retirer : {0}")).hasSize(1);
        assertThat(frenchPunctuationMistakes("k", "Retirer: {0}")).hasSize(1);
        assertThat(frenchPunctuationMistakes("k", "Une organisation manque ?")).hasSize(1);
        assertThat(frenchPunctuationMistakes("k", "Retirer\u00a0: “armes”")).hasSize(2);
        assertThat(frenchPunctuationMistakes("k", "« armes\u00a0»")).hasSize(1);
        assertThat(frenchPunctuationMistakes("k", "\"armes\"")).hasSize(2);
        assertThat(frenchPunctuationMistakes(
                        "k", "Retirer\u00a0: «\u00a0{0}\u00a0» ; voir https://example.org/?lang=fr à 10:30 !"))
                .hasSize(2);
        assertThat(frenchPunctuationMistakes(
                        "k",
                        "Retirer\u00a0: «\u00a0{0}\u00a0»\u00a0; voir https://example.org/?lang=fr à 10:30\u00a0!"))
                .isEmpty();
    }

    private static List<String> frenchPunctuationMistakes(String key, String value) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            String around = key + ": …" + value.substring(Math.max(0, i - 12), Math.min(value.length(), i + 4)) + "…";
            if (character == '“' || character == '”' || character == '"') {
                wrong.add(around + " (English quotes: use « » with U+00A0 inside)");
            } else if (character == '«' && (i + 1 == value.length() || value.charAt(i + 1) != '\u00a0')) {
                wrong.add(around + " (U+00A0 after «)");
            } else if (character == '»' && (i == 0 || value.charAt(i - 1) != '\u00a0')) {
                wrong.add(around + " (U+00A0 before »)");
            } else if (":;?!".indexOf(character) >= 0
                    && endsAClause(value, i)
                    && (i == 0 || value.charAt(i - 1) != '\u00a0')) {
                wrong.add(around + " (U+00A0 before " + character + ")");
            }
        }
        return wrong;
    }

    /** Punctuation followed by a space, a line break, », ) or nothing; not ? in ?lang=en nor : in 10:30 or https://. */
    private static boolean endsAClause(String value, int index) {
        if (index + 1 == value.length()) {
            return true;
        }
        char next = value.charAt(index + 1);
        return Character.isWhitespace(next) || next == '\u00a0' || next == '»' || next == ')';
    }

    @Test
    void everyValueOfComputedKeysHasAMessage() throws IOException {
        Properties english = bundle("messages.properties");
        for (ActivityLevel level : ActivityLevel.values()) {
            assertThat(english).containsKey("activity.level." + level);
        }
        for (String region : List.of("africa", "americas", "asia", "europe", "oceania", "antarctica")) {
            assertThat(english).containsKey("region." + region);
        }
        for (ActivityLevel level : ActivityLevel.values()) {
            assertThat(english).containsKey("search.level." + level);
        }
        for (String kind : List.of("forbidden", "notFound", "tooLarge", "formTooLarge", "badRequest", "serverError")) {
            assertThat(english).containsKey("error." + kind + ".title").containsKey("error." + kind + ".text");
        }
        for (var language : Languages.SUPPORTED) {
            assertThat(english)
                    .containsKey("language.name.own." + language.getLanguage())
                    .containsKey("language.name." + language.getLanguage());
        }
    }

    private static Set<String> keysUsedInTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher matcher = STATIC_KEY.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
            Matcher call = FORM_FIELD_CALL.matcher(text);
            while (call.find()) {
                // The first argument is the field ('organisation.name'), the label and hint keys follow.
                String arguments = call.group(1);
                Matcher key = FRAGMENT_KEY.matcher(arguments.substring(arguments.indexOf(',') + 1));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
