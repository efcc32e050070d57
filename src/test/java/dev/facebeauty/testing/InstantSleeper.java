package dev.facebeauty.testing;

import dev.facebeauty.api.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits asked for and returns at once, so retry and poll tests take no wall time. */
public final class InstantSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final MutableClock clock;

    public InstantSleeper() {
        this(null);
    }

    /** Advances {@code clock} by each wait, so deadlines are reached without waiting. */
    public InstantSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        waits.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
