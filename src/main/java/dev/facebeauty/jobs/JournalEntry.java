package dev.facebeauty.jobs;

import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One submitted job as kept on disk, so that nothing paid for is lost when the app closes.
 *
 * @param taskId      the service's task id
 * @param source      the photo that was sent (absolute path)
 * @param submittedAt when the service accepted it
 * @param settings    every adjustment as sent, by its API field ("shrink_face": 40)
 * @param filterId    the filter as sent, 0 for none
 * @param state       where the job stands
 * @param resultFile  the downloaded result, once there is one
 * @param message     the failure sentence, for failed jobs
 * @param savedTo     where the user last saved the result (for the history); never deleted by the app
 * @param jobKey      the never-pay-twice key of what was sent ({@link ResultCache#key}): service, settings and a
 *                    digest of the bytes; null for jobs journaled before it was kept
 */
public record JournalEntry(String taskId, String source, Instant submittedAt, Map<String, Integer> settings,
                           int filterId, State state, String resultFile, String message, String savedTo, String jobKey) {

    public JournalEntry {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** A job's life on disk. */
    public enum State {
        /** Accepted by the service; the result has not been downloaded yet. */
        SUBMITTED,
        /** The result is in the results folder, not yet saved by the user. */
        DOWNLOADED,
        /** The user saved it; the kept copy is gone. */
        SAVED,
        /** The user threw it away. */
        DISCARDED,
        /** The service failed it, or it expired. */
        FAILED,
        /**
         * The upload may have reached the service and been charged, but no task id came back (a timeout, a gateway
         * error): the same photo and settings are not sent again until the user says so. The task id is made up.
         */
        UNCONFIRMED
    }

    /** The prefix of the made-up id of an {@link State#UNCONFIRMED} upload. */
    public static final String UNCONFIRMED_PREFIX = "unconfirmed-";

    public static JournalEntry unconfirmed(String source, Instant at, BeautyParameters p, String jobKey, String message) {
        return submitted(UNCONFIRMED_PREFIX + java.util.UUID.randomUUID(), source, at, p, jobKey)
                .withState(State.UNCONFIRMED, null, message);
    }

    public static JournalEntry submitted(String taskId, String source, Instant at, BeautyParameters p) {
        return submitted(taskId, source, at, p, null);
    }

    public static JournalEntry submitted(String taskId, String source, Instant at, BeautyParameters p, String jobKey) {
        Map<String, Integer> sent = new java.util.LinkedHashMap<>();
        p.values().forEach((a, v) -> sent.put(a.apiField(), v));
        return new JournalEntry(taskId, source, at, sent, p.filter().map(FilterType::id).orElse(0), State.SUBMITTED,
                null, null, null, jobKey);
    }

    public Optional<String> jobKeyOptional() {
        return Optional.ofNullable(jobKey);
    }

    /** The settings as sent; an adjustment the job did not send (declared since) is what the service took: 50. */
    public BeautyParameters parameters() {
        Map<Adjustment, Integer> values = new java.util.EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            values.put(a, settings.getOrDefault(a.apiField(), Adjustment.SERVICE_DEFAULT));
        }
        return new BeautyParameters(values, FilterType.byId(filterId));
    }

    public Optional<String> resultFileOptional() {
        return Optional.ofNullable(resultFile);
    }

    public JournalEntry withState(State newState, String newResultFile, String newMessage) {
        return new JournalEntry(taskId, source, submittedAt, settings, filterId, newState, newResultFile, newMessage,
                savedTo, jobKey);
    }

    public JournalEntry withSavedTo(String file) {
        return new JournalEntry(taskId, source, submittedAt, settings, filterId, state, resultFile, message, file, jobKey);
    }

    public Optional<String> savedToOptional() {
        return Optional.ofNullable(savedTo);
    }
}
