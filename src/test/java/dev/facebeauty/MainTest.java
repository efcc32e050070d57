package dev.facebeauty;

import dev.facebeauty.cli.CommandLineApp;
import dev.facebeauty.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --lang}: taken out of the arguments wherever it stands, and the command line then speaks it. */
class MainTest {

    @AfterEach
    void english() {
        Text.useLocale(Locale.US);
    }

    @Test
    void theCommandLineSpeaksTheLanguageAskedFor() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<String[]> rest = Main.chooseLanguage(new String[]{"beautify", "--lang=fr", "--help"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertArrayEquals(new String[]{"beautify", "--help"}, rest.orElseThrow());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLineApp.run(rest.get(), () -> {
            throw new AssertionError("help needs no services");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(help.contains("Retouche des portraits avec Face Beauty Pro"), help);
        assertTrue(help.contains("--out-dir"), help);
        assertTrue(!help.contains("Retouch portraits with Face Beauty Pro"), "no English left: " + help);
    }

    @Test
    void picocliComplaintsAreTranslatedToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] rest = Main.chooseLanguage(new String[]{"--lang", "de", "beautify", "--jobs", "zwei", "a.jpg"},
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow();
        int code = CommandLineApp.run(rest, () -> {
            throw new AssertionError("a refused command needs no services");
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--jobs nimmt „zwei“ nicht an"), err.toString(StandardCharsets.UTF_8));

        err.reset();
        CommandLineApp.run(new String[]{"beautify", "--frobnicate", "a.jpg"}, () -> {
            throw new AssertionError();
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unbekannte Option oder unbekanntes Argument: --frobnicate"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheLanguagesThereAre() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<String[]> rest = Main.chooseLanguage(new String[]{"--lang", "tlh", "beautify"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(rest.isEmpty());
        assertEquals("error: unknown language \"tlh\"; use en, de, fr, es, pt-BR, ja or zh-CN",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
