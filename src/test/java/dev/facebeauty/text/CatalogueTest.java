package dev.facebeauty.text;

import dev.facebeauty.api.ErrorCatalogue;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.Theme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue is whole and well formed: every key the code asks for is there, every entry is a pattern that
 * formats as written (no apostrophe swallowing text), and nothing in it is left unused.
 */
class CatalogueTest {

    private static final ResourceBundle ENGLISH = Text.bundle(Locale.ENGLISH);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern asked = Pattern.compile("Text\\.get\\(\"([^\"]+)\"|descriptionKey = \"([^\"]+)\"");
        for (String source : sources()) {
            Matcher m = asked.matcher(source);
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!key.endsWith(".") && !ENGLISH.containsKey(key)) { // "error." + code: checked value by value below
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyNameMadeFromAValueIsInTheCatalogue() {
        // The keys built at run time from a value: each value of each list must have its sentence.
        ErrorCatalogue.standard().entries().values().forEach(e -> assertTrue(e.sentence().length() > 10, e.code()));
        for (Adjustment a : Adjustment.values()) {
            assertTrue(!a.label().isBlank() && !a.shortLabel().isBlank() && !a.help().isBlank(), a.name());
        }
        Stream.of(FilterType.values()).forEach(f -> assertTrue(!f.label().isBlank(), f.name()));
        Stream.of(JobStage.values()).forEach(s -> assertTrue(!s.label().isBlank(), s.name()));
        Stream.of(EngineKind.values()).forEach(k -> assertTrue(!k.displayName().isBlank(), k.name()));
        Stream.of(MetadataPolicy.values()).forEach(p -> assertTrue(!p.toString().isBlank(), p.name()));
        Stream.of(OutputSize.values()).forEach(o -> assertTrue(!o.toString().isBlank(), o.name()));
        Stream.of(Theme.values()).forEach(t -> assertTrue(!t.toString().isBlank(), t.name()));
    }

    @Test
    void everyEntryIsAPatternThatKeepsItsText() {
        List<String> bad = new ArrayList<>();
        for (String key : ENGLISH.keySet()) {
            String value = ENGLISH.getString(key);
            try {
                new MessageFormat(value, Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
                continue;
            }
            // After the doubled apostrophes, a single one may only quote a brace: anything else would swallow text.
            String rest = value.replace("''", "");
            for (int i = rest.indexOf('\''); i >= 0; i = rest.indexOf('\'', i + 1)) {
                boolean quotesBrace = i + 1 < rest.length() && rest.charAt(i + 1) == '{'
                        || i > 0 && rest.charAt(i - 1) == '}';
                if (!quotesBrace) {
                    bad.add(key + ": lone apostrophe at " + i);
                    break;
                }
            }
            // A choice whose branches hold arguments is formatted twice, so an apostrophe there would be eaten.
            Matcher choice = Pattern.compile("choice,([^{}]*\\{[^{}]*\\}[^{}]*)+").matcher(value);
            if (choice.find() && choice.group().contains("'")) {
                bad.add(key + ": apostrophe inside a choice with arguments");
            }
        }
        assertEquals(List.of(), bad);
    }

    /** Each language has every entry, with the same arguments, and patterns as safe as the English ones. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Language.class, names = {"SYSTEM", "ENGLISH"},
            mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void everyLanguageHasEveryEntryWithTheSameArguments(Language language) throws IOException {
        java.util.Properties english = own(""), translated = own("_" + language.tag().orElseThrow().replace('-', '_'));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                language + " has exactly the English keys");
        List<String> bad = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (!arguments(english.getProperty(key)).equals(arguments(value))) {
                bad.add(key + ": arguments " + arguments(value) + " instead of " + arguments(english.getProperty(key)));
            }
            try {
                new MessageFormat(value, language.locale(Locale.ENGLISH)).format(new Object[]{1, 2, 3, 4, 5});
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
            }
            if (!value.replace("''", "").replaceAll("'\\{|\\}'", "").chars().noneMatch(c -> c == '\'')) {
                bad.add(key + ": lone apostrophe");
            }
        }
        assertEquals(List.of(), bad);
    }

    private static java.util.Properties own(String suffix) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = CatalogueTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, "messages" + suffix),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replace("'{'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void countsChooseTheirForm() {
        assertEquals("1 face", Text.format(ENGLISH, "faces.count", 1));
        assertEquals("3 faces", Text.format(ENGLISH, "faces.count", 3));
        assertEquals("Rebuilt at 6000 × 4000 from the service's 4095 × 2730, 16-bit.",
                Text.format(ENGLISH, "result.rebuilt16Bit", 6000, 4000, 4095, 2730));
    }

    @Test
    void nothingInTheCatalogueIsLeftUnused() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(ENGLISH.keySet())) {
            boolean named = literals.contains(key)
                    || literals.stream().anyMatch(l -> l.endsWith(".") && l.length() > 3 && key.startsWith(l))
                    || key.startsWith("cli.usage.") || key.startsWith("cli.mixinStandardHelpOptions.");
            if (!named) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused);
    }

    private static List<String> sources() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.add(Files.readString(f));
            }
        }
        return all;
    }
}
