package dev.facebeauty.ui.batch;

import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.ExistingResults;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.settings.WorkspaceState;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.ParameterText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the batch window keeps between openings, and what it says before a start: its plan and its cost. */
final class BatchMemory {

    private BatchMemory() {
    }

    /** The queue as it was kept: the photos that still exist, each with its subfolder under the output. */
    static List<BatchRow> rows(WorkspaceState.Batch kept) {
        List<BatchRow> rows = new ArrayList<>();
        for (int i = 0; i < kept.photos().size(); i++) {
            Path photo = Path.of(kept.photos().get(i));
            if (Files.isRegularFile(photo)) {
                rows.add(new BatchRow(photo, Path.of(i < kept.subfolders().size() ? kept.subfolders().get(i) : "")));
            }
        }
        return rows;
    }

    static Optional<ExistingResults> existing(WorkspaceState.Batch kept) {
        return Arrays.stream(ExistingResults.values()).filter(e -> e.name().equals(kept.existing())).findFirst();
    }

    static WorkspaceState.Batch of(List<BatchRow> rows, Path outputDir, String pattern, ExistingResults existing) {
        return new WorkspaceState.Batch(rows.stream().map(r -> r.input().toString()).toList(),
                rows.stream().map(r -> r.relativeDir.toString()).toList(),
                outputDir == null ? null : outputDir.toString(), pattern, existing.name());
    }

    /** "Uses: W 20 · S 30 · … — Built-in engine". */
    static String plan(BeautyParameters parameters, boolean cloud) {
        return Text.get("batch.plan", ParameterText.of(parameters), (cloud ? EngineKind.CLOUD : EngineKind.LOCAL).displayName());
    }

    /** "12 photos · at most 12 cloud jobs (180 credits) …", or free with the built-in engine. */
    static String cost(int photos, boolean cloud) {
        if (photos == 0) {
            return Text.get("batch.begin");
        }
        return cloud ? Text.get("batch.costCloud", photos, photos * CreditBalance.CREDITS_PER_JOB) : Text.get("batch.costLocal", photos);
    }
}
