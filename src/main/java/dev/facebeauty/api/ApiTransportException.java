package dev.facebeauty.api;

/** The request never got a usable answer: no connection, or no reply in time. Always worth retrying later. */
public final class ApiTransportException extends ApiException {

    /** What failed on the way. */
    public enum Reason { CONNECTION, TIMEOUT }

    private final Reason reason;

    public ApiTransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String userMessage() {
        return switch (reason) {
            case CONNECTION -> "Could not reach the AILabTools service — check the internet connection and the API address in Settings.";
            case TIMEOUT -> "The AILabTools service did not answer in time — try again in a moment.";
        };
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
