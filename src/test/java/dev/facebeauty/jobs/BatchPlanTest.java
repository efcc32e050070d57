package dev.facebeauty.jobs;

import dev.facebeauty.api.BeautyParameters;
import dev.facebeauty.api.FilterType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BatchPlanTest {

    @Test
    void theNamePatternFillsInNamePresetSettingsAndFilter() {
        BeautyParameters p = new BeautyParameters(10, 20, 30, 40, 50, 60, Optional.of(FilterType.SUNNY_DAY));
        Path photo = Path.of("shoot", "IMG_0001.CR2.jpg");
        assertEquals("IMG_0001.CR2_beauty.jpg", BatchPlan.outputName(BatchPlan.DEFAULT_PATTERN, photo, "jpg", null, p));
        assertEquals("IMG_0001.CR2 Soft glam 10-20-30-40-50-60 Sunny Day.png",
                BatchPlan.outputName("{name} {preset} {settings} {filter}", photo, "png", "Soft glam", p));
        assertEquals("IMG_0001.CR2-custom-none.jpg", BatchPlan.outputName("{name}-{preset}-{filter}", photo, "jpg", null,
                BeautyParameters.defaults()));
        assertThrows(IllegalArgumentException.class, () -> BatchPlan.outputName("../{name}", photo, "jpg", null, p));
    }
}
