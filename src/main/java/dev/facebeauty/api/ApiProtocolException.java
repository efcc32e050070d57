package dev.facebeauty.api;

import dev.facebeauty.text.Text;

/**
 * The server answered, but not in a shape the contract allows: a body that is not JSON, a finished task without a
 * result address, an unknown task status, a result that is not an image.
 */
public final class ApiProtocolException extends ApiException {

    private final String userMessage;
    private final boolean retryable;

    public ApiProtocolException(String technicalMessage, String userMessage, boolean retryable) {
        super(technicalMessage, null);
        this.userMessage = userMessage;
        this.retryable = retryable;
    }

    public static ApiProtocolException unreadable(String technicalMessage) {
        return new ApiProtocolException(technicalMessage,
                Text.get("api.unreadable"), false);
    }

    @Override
    public String userMessage() {
        return userMessage;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
