package dev.facebeauty.jobs;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
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

    @Test
    void aPatternThatNamesItsOwnFormatKeepsIt() {
        Path photo = Path.of("shoot", "IMG_0002.jpg");
        assertEquals("IMG_0002.png", BatchPlan.outputName("{name}.png", photo, "jpg", null), "not IMG_0002.png.jpg");
        assertEquals("IMG_0002 retouched.JPEG", BatchPlan.outputName("{name} retouched.JPEG", photo, "png", null));
        assertEquals("IMG_0002.tif", BatchPlan.outputName("{name}.tif", photo, "jpg", null), "TIFF is written too");
        assertEquals("IMG_0002.webp.jpg", BatchPlan.outputName("{name}.webp", photo, "jpg", null), "only JPEG, PNG and TIFF are written");
    }
}
