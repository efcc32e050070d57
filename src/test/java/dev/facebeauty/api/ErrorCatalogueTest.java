package dev.facebeauty.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorCatalogueTest {

    private final ErrorCatalogue catalogue = ErrorCatalogue.standard();

    @Test
    void holdsEveryCodeOfTheContractWithASentence() {
        Map<String, ErrorCatalogue.Entry> entries = catalogue.entries();
        assertEquals(126, entries.size());
        entries.values().forEach(e -> {
            assertTrue(e.sentence().endsWith(".") && e.sentence().length() > 15, e.code() + ": " + e.sentence());
            assertTrue(e.documentedHttpStatus() >= 400 && e.documentedHttpStatus() < 600, e.code());
        });
        assertTrue(Arrays.stream(ErrorKind.values()).allMatch(k -> entries.values().stream().anyMatch(e -> e.kind() == k)),
                "every kind is used by some code");
    }

    @Test
    void namesTheProblemsPhotographersMeet() {
        assertEquals("The API key is not valid — open Settings and check it.",
                catalogue.sentenceFor("ERROR_APPLICATIONS_NOT_EXISTS", 401, "", ""));
        assertTrue(catalogue.sentenceFor("ERROR_NOT_ENOUGH_CREDITS", 429, "", "").startsWith("Out of credits"));
        assertEquals("No face found in this photo.", catalogue.sentenceFor("ERROR_NO_FACE_IN_FILE", 422, "", ""));
    }

    @Test
    void classifiesByCodeNotByTheRemappedHttpStatus() {
        // The provider moved this code from 400 to 500 in 2026; either way it is transient.
        assertEquals(ErrorKind.TRANSIENT, catalogue.kindOf("PROCESSING_FAILURE", 400));
        // A credits error must never be retried, whatever status it arrives with.
        assertEquals(ErrorKind.CREDITS, catalogue.kindOf("ERROR_NOT_ENOUGH_CREDITS", 429));
        assertFalse(catalogue.kindOf("ERROR_NOT_ENOUGH_CREDITS", 429).retryable());
        assertEquals(ErrorKind.RATE_LIMIT, catalogue.kindOf("EXCEEDING_LIMITS", 422));
        assertTrue(catalogue.kindOf("EXCEEDING_LIMITS", 422).retryable());
        assertFalse(catalogue.kindOf("ERROR_NO_FACE_IN_FILE", 422).retryable());
    }

    @Test
    void unknownCodesStillReadWellAndFallBackToTheStatus() {
        String sentence = catalogue.sentenceFor("ERROR_SOMETHING_NEW", 503, "Upstream overloaded", "");
        assertEquals("The service had a temporary problem — try again in a moment. (Upstream overloaded)", sentence);
        assertEquals(ErrorKind.TRANSIENT, catalogue.kindOf("ERROR_SOMETHING_NEW", 503));
        assertEquals(ErrorKind.KEY, catalogue.kindOf("", 401));
        assertEquals(ErrorKind.OTHER, catalogue.kindOf("", 418));
    }
}
