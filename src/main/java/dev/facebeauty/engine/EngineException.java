package dev.facebeauty.engine;

import dev.facebeauty.api.ApiErrorException;
import dev.facebeauty.api.ApiException;
import dev.facebeauty.api.ApiTransportException;

import java.util.Optional;

/** A retouch that failed, with a sentence for the user and a category the command line maps to its exit code. */
public final class EngineException extends Exception {

    /** Why it failed, broadly. */
    public enum Category {
        /** The service refused the request or the photo (an error code came back). */
        SERVICE,
        /** No connection, no answer in time, or the job did not finish within its time limit. */
        NETWORK
    }

    private final Category category;
    private final String userMessage;

    public EngineException(Category category, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.category = category;
        this.userMessage = userMessage;
    }

    public static EngineException from(ApiException e) {
        Category category = e instanceof ApiTransportException ? Category.NETWORK : Category.SERVICE;
        return new EngineException(category, e.userMessage(), e);
    }

    public Category category() {
        return category;
    }

    public String userMessage() {
        return userMessage;
    }

    /**
     * Whether the job may still finish on the server (a dead network, a timeout, a 5xx that outlasted the retries),
     * so that it should be kept and looked at again later rather than written off.
     */
    public boolean mayStillFinish() {
        return category == Category.NETWORK || (getCause() instanceof ApiException api && api.retryable());
    }

    /** The service's own error, with its code and ids, when there was one. */
    public Optional<ApiErrorException> apiError() {
        return getCause() instanceof ApiErrorException api ? Optional.of(api) : Optional.empty();
    }
}
