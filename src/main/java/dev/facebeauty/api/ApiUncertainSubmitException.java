package dev.facebeauty.api;

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
        return "The upload may have reached the service and been charged, but no job number came back ("
                + cause.userMessage() + "). It was not sent again, so nothing was paid twice: check your balance "
                + "(Settings → Check key) before you beautify this photo again.";
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
