package dev.facebeauty.api;

/**
 * The service answered with its error envelope: HTTP status, {@code error_detail.code}, its messages and the ids
 * that support asks for.
 */
public final class ApiErrorException extends ApiException {

    private final int httpStatus;
    private final String code;
    private final String codeMessage;
    private final String detailMessage;
    private final String requestId;
    private final String logId;
    private final ErrorKind kind;
    private final String sentence;
    private final java.time.Duration retryAfter;

    public ApiErrorException(int httpStatus, String code, String codeMessage, String detailMessage,
                             String requestId, String logId, ErrorCatalogue catalogue) {
        super("HTTP " + httpStatus + " " + (code == null || code.isEmpty() ? "(no code)" : code)
                + (requestId == null || requestId.isEmpty() ? "" : " request_id=" + requestId), null);
        this.httpStatus = httpStatus;
        this.code = code == null ? "" : code;
        this.codeMessage = codeMessage == null ? "" : codeMessage;
        this.detailMessage = detailMessage == null ? "" : detailMessage;
        this.requestId = requestId == null ? "" : requestId;
        this.logId = logId == null ? "" : logId;
        this.kind = catalogue.kindOf(this.code, httpStatus);
        this.sentence = catalogue.sentenceFor(this.code, httpStatus, codeMessage, detailMessage);
        this.retryAfter = null;
    }

    private ApiErrorException(ApiErrorException e, java.time.Duration retryAfter) {
        super(e.getMessage(), e.getCause());
        this.httpStatus = e.httpStatus;
        this.code = e.code;
        this.codeMessage = e.codeMessage;
        this.detailMessage = e.detailMessage;
        this.requestId = e.requestId;
        this.logId = e.logId;
        this.kind = e.kind;
        this.sentence = e.sentence;
        this.retryAfter = retryAfter;
    }

    /** The same error with the server's {@code Retry-After}: the least time to wait before asking again. */
    public ApiErrorException withRetryAfter(java.time.Duration wait) {
        return new ApiErrorException(this, wait);
    }

    /** The server's {@code Retry-After}, when it sent one (429, 503). */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** {@code error_detail.code}, or empty when the server sent none. */
    public String code() {
        return code;
    }

    public String codeMessage() {
        return codeMessage;
    }

    /** {@code error_detail.message}: the upstream engine's own words; shown, never parsed. */
    public String detailMessage() {
        return detailMessage;
    }

    public String requestId() {
        return requestId;
    }

    public String logId() {
        return logId;
    }

    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String userMessage() {
        return sentence;
    }

    @Override
    public boolean retryable() {
        return kind.retryable();
    }
}
