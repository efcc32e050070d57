package dev.facebeauty.serve;

import com.sun.net.httpserver.HttpExchange;

/** Cuts an exchange off when its body has not arrived in time (closing it ends the blocked read). */
final class Deadline implements AutoCloseable {
    private final Thread watchdog;

    Deadline(HttpExchange ex, int seconds) {
        watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(seconds * 1000L);
                ex.close();
            } catch (InterruptedException finished) {
                // the body arrived
            }
        });
    }

    @Override
    public void close() {
        watchdog.interrupt();
    }
}
