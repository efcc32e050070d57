package dev.facebeauty.api;

/**
 * Everything that can go wrong talking to the service. Each subtype carries a sentence for the user
 * ({@link #userMessage()}) and says whether trying again can help.
 */
public abstract sealed class ApiException extends Exception
        permits ApiErrorException, ApiTransportException, ApiProtocolException, ApiUncertainSubmitException {

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A sentence a photographer can read and act on; never a stack trace. */
    public abstract String userMessage();

    /** Whether the same request may succeed if sent again later. */
    public abstract boolean retryable();
}
