package dev.facebeauty.cli;

import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.text.Text;

import java.util.List;

/** What a batch on the command line ends with: its last line, and the exit code each photo's outcome stands for. */
final class BatchSummary {

    private BatchSummary() {
    }

    /** The batch's last line: every photo is counted in one of saved, skipped, failed or not done. */
    static String of(List<BatchRunner.Report> reports) {
        java.util.Map<BatchRunner.State, Long> counts = reports.stream()
                .collect(java.util.stream.Collectors.groupingBy(BatchRunner.Report::state, java.util.stream.Collectors.counting()));
        List<String> parts = new java.util.ArrayList<>();
        parts.add(Text.get("cli.summary.saved", counts.getOrDefault(BatchRunner.State.DONE, 0L)));
        long skipped = counts.getOrDefault(BatchRunner.State.SKIPPED, 0L);
        if (skipped > 0) {
            parts.add(Text.get("cli.summary.skipped", skipped));
        }
        long failed = counts.getOrDefault(BatchRunner.State.FAILED, 0L);
        if (failed > 0) {
            parts.add(Text.get("cli.summary.failed", failed));
        }
        long notDone = reports.size() - counts.getOrDefault(BatchRunner.State.DONE, 0L) - skipped - failed;
        if (notDone > 0) {
            parts.add(Text.get("cli.summary.notDone", notDone));
        }
        return Text.get("cli.summary", String.join(Text.get("cli.summary.separator"), parts), reports.size());
    }

    static int exitCode(BatchRunner.Report report) {
        if (report.state() == BatchRunner.State.CANCELLED) {
            return ExitCode.NETWORK;
        }
        return switch (report.failure()) {
            case NONE -> ExitCode.OK;
            case BAD_IMAGE -> ExitCode.BAD_IMAGE;
            case SERVICE -> ExitCode.API_ERROR;
            case NETWORK -> ExitCode.NETWORK;
            case WRITE -> ExitCode.USAGE;
            case INTERNAL -> ExitCode.INTERNAL;
        };
    }
}
