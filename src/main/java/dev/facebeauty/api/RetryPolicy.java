package dev.facebeauty.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Exponential backoff with full jitter inside an overall deadline, as the contract advises for connection errors,
 * 429 and 5xx (about 1, 2, 4, 8 s); a server's {@code Retry-After} is waited out in full, or, when it reaches past the
 * deadline, the failure is given up at once rather than asked again too early.
 *
 * @param maxAttempts  attempts in all, the first included
 * @param initialDelay delay ceiling before the second attempt; doubles each time
 * @param maxDelay     cap on any one delay
 * @param deadline     no attempt starts after this much time since the first
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration deadline) {

    public static final RetryPolicy STANDARD =
            new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1}, where {@code attempt} counts from 1: random in [ceiling/2, ceiling]. */
    public Duration delayAfter(int attempt) {
        long ceiling = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(attempt - 1, 20));
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    /** An action that may fail with an {@link ApiException}. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws ApiException, InterruptedException;
    }

    /** Runs {@code attempt}, retrying only what {@link ApiException#retryable()} allows, within the limits. */
    public <T> T run(Attempt<T> attempt, Sleeper sleeper) throws ApiException, InterruptedException {
        return run(attempt, sleeper, ApiException::retryable);
    }

    /** Runs {@code attempt}, retrying the failures {@code retryIf} accepts, within the limits. */
    public <T> T run(Attempt<T> attempt, Sleeper sleeper, Predicate<ApiException> retryIf)
            throws ApiException, InterruptedException {
        long start = System.nanoTime();
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (ApiException e) {
                if (!retryIf.test(e) || n >= maxAttempts) {
                    throw e;
                }
                Duration wait = delayAfter(n);
                if (e instanceof ApiErrorException api && api.retryAfter().isPresent()
                        && api.retryAfter().get().compareTo(wait) > 0) {
                    wait = api.retryAfter().get(); // the server said how long: asking sooner only wastes a request
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                if (elapsed.plus(wait).compareTo(deadline) > 0) {
                    throw e;
                }
                sleeper.sleep(wait);
            }
        }
    }
}
