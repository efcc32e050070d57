package dev.facebeauty.jobs;

import java.nio.file.Path;

/** A result downloaded in an earlier session (or after it closed) and not yet saved or discarded. */
public record RecoveredResult(JournalEntry entry, Path resultFile) {
}
