package dev.facebeauty.api;

import dev.facebeauty.text.Text;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** The request never got a usable answer: no connection, or no reply in time. Always worth retrying later. */
public final class ApiTransportException extends ApiException {

    /** What failed on the way. */
    public enum Reason {
        /** No connection was made (refused, unknown host, connect timeout): the request surely never arrived. */
        UNREACHABLE,
        /** The connection broke during the exchange: the request may have arrived. */
        CONNECTION_LOST,
        /** Sent, but no answer in time: the request may have arrived. */
        TIMEOUT
    }

    private final Reason reason;

    private ApiTransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Classifies an I/O failure of {@link java.net.http.HttpClient#send}: no connection made, no answer in time, or
     * a connection that broke. This decides whether repeating a request is safe, so every caller uses it.
     *
     * @param request what was attempted, for the log ("POST api.example.com")
     */
    public static ApiTransportException of(String request, IOException e) {
        Reason reason = switch (e) {
            case HttpConnectTimeoutException t -> Reason.UNREACHABLE;
            case ConnectException c -> Reason.UNREACHABLE;
            case HttpTimeoutException t -> Reason.TIMEOUT;
            default -> Reason.CONNECTION_LOST;
        };
        return new ApiTransportException(reason, request + ": " + reason + " (" + e + ")", e);
    }

    /** Whether the server may have received (and acted on) the request, so that repeating it is not harmless. */
    public boolean mayHaveReachedServer() {
        return reason != Reason.UNREACHABLE;
    }

    @Override
    public String userMessage() {
        return switch (reason) {
            case UNREACHABLE -> Text.get("api.unreachable");
            case CONNECTION_LOST -> Text.get("api.connectionLost");
            case TIMEOUT -> Text.get("api.timeout");
        };
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
