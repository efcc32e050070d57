package dev.facebeauty.api;

import dev.facebeauty.text.Text;

/**
 * A submit that failed in a way that may still have reached the service and created a paid task whose task_id was
 * never received (a timeout, a connection lost mid-answer, HTTP 500, 502 or 504). It is never repeated on its own:
 * a second submit could be charged too. The user decides, knowing that.
 */
public final class ApiUncertainSubmitException extends ApiException {

    private final ApiException cause;

    public ApiUncertainSubmitException(ApiException cause) {
        super("submit may have reached the service: " + cause.getMessage(), cause);
        this.cause = cause;
    }

    @Override
    public String userMessage() {
        return Text.get("api.uncertainSubmit", cause.userMessage());
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
