package dev.facebeauty.imaging;

/** A file that cannot be used as a photo; the message is written for the user. */
public final class UnusableImageException extends Exception {

    public UnusableImageException(String userMessage) {
        super(userMessage);
    }

    public UnusableImageException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
