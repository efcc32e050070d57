package dev.facebeauty.api;

import java.time.Duration;

/** Waits between attempts; injected so tests need not wait for real. Interruptible, so a cancel stops a wait. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
}
