package dev.facebeauty.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void theSystemsLanguageIsTheClosestOneTheCatalogueHas() {
        assertEquals(Language.GERMAN, Language.bestFor(Locale.forLanguageTag("de-AT")));
        assertEquals(Language.PORTUGUESE_BRAZIL, Language.bestFor(Locale.forLanguageTag("pt-PT")));
        assertEquals(Language.CHINESE_SIMPLIFIED, Language.bestFor(Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals(Language.ENGLISH, Language.bestFor(Locale.forLanguageTag("zh-TW")), "Traditional readers");
        assertEquals(Language.ENGLISH, Language.bestFor(Locale.forLanguageTag("ko-KR")));
        assertEquals(Locale.forLanguageTag("ja"), Language.SYSTEM.locale(Locale.JAPAN).stripExtensions());
    }

    @Test
    void theCommandLineNamesALanguageByItsTag() {
        assertEquals(Optional.of(Language.PORTUGUESE_BRAZIL), Language.parse("pt_br"));
        assertEquals(Optional.of(Language.CHINESE_SIMPLIFIED), Language.parse("zh-CN"));
        assertEquals(Optional.of(Language.GERMAN), Language.parse("de-CH"));
        assertEquals(Optional.of(Language.SYSTEM), Language.parse("System"));
        assertEquals(Optional.empty(), Language.parse("kl"));
    }

    @Test
    void aChosenLanguageSpeaksItsOwnCatalogueAndEnglishIsTheBase() {
        assertEquals("Face Beauty Studio found no face in this photo. The service retouches faces and usually refuses "
                + "photos without one.", Text.bundle(Locale.ENGLISH).getString("noFace.text"));
        for (Language l : Language.values()) {
            if (l != Language.SYSTEM && l != Language.ENGLISH) {
                java.util.ResourceBundle own = Text.bundle(l.locale(Locale.ENGLISH));
                assertEquals(l.locale(Locale.ENGLISH), own.getLocale(), l + " has its own catalogue");
            }
        }
    }
}
