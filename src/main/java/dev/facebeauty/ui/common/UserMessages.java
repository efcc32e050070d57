package dev.facebeauty.ui.common;

import dev.facebeauty.engine.EngineException;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.text.Text;

/** Turns any failure into a sentence for the status line; the technical detail goes to the log, not the user. */
public final class UserMessages {

    private static final System.Logger LOG = System.getLogger(UserMessages.class.getName());

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof EngineException e) {
            java.util.Optional<String> ids = e.apiError().filter(a -> !a.requestId().isEmpty())
                    .map(a -> Text.get("error.withRequest", e.userMessage(), a.code().isEmpty() ? "HTTP " + a.httpStatus() : a.code(),
                            a.requestId()));
            return ids.orElseGet(e::userMessage);
        }
        if (failure instanceof dev.facebeauty.api.ApiException api) {
            return api.userMessage();
        }
        if (failure instanceof UnusableImageException || failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure", failure);
        return Text.get("error.unexpected", failure.getClass().getSimpleName());
    }

    /** A failure whose message is already written for the user. */
    public static final class UserFacingException extends Exception {
        public UserFacingException(String message) {
            super(message);
        }

        public UserFacingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
