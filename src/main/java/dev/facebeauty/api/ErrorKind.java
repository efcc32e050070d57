package dev.facebeauty.api;

/** What kind of problem an error code describes, which decides whether retrying can help. */
public enum ErrorKind {
    /** The request itself was wrong; a bug on our side. Never retried. */
    PARAMETER(false),
    /** The API key or account was refused. Never retried. */
    KEY(false),
    /** The balance is too low. Never retried. */
    CREDITS(false),
    /** The file was refused (size, type, resolution, damage). Never retried. */
    FILE(false),
    /** The photo's content was refused (no face, face too small, ...). Never retried. */
    FACE(false),
    /** Throttled; retried with backoff. */
    RATE_LIMIT(true),
    /** A passing server or upstream fault; retried with backoff. */
    TRANSIENT(true),
    /** The task is gone, expired or stopped on the server. Never retried. */
    TASK(false),
    /** A code of another product family, or one we do not know. */
    OTHER(false);

    private final boolean retryable;

    ErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
