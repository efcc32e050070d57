package dev.facebeauty.imaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The coarse copy and the way back, against values worked out by hand. */
class SubsampledTest {

    @Test
    void cellsAverageWhatTheyHoldEvenAtTheEdges() {
        float[] plane = {
                1, 3, 5, 7, 9,
                1, 3, 5, 7, 9,
                10, 20, 30, 40, 50};
        Subsampled coarse = Subsampled.of(plane, 5, 3, 2);
        assertEquals(3, coarse.width());
        assertEquals(2, coarse.height());
        // (1+3+1+3)/4, (5+7+5+7)/4, (9+9)/2; then the bottom row's cells of one row: (10+20)/2, (30+40)/2, 50
        assertArrayEquals(new float[]{2, 6, 9, 15, 35, 50}, coarse.values(), 1e-6f);
    }

    @Test
    void theWayBackIsBilinearBetweenCellCentresAndFlatBeyondThem() {
        // cells of 4: centres at full-size x = 1.5, 5.5, 9.5; values 0, 8, 16 make a ramp of 2 per pixel between them
        Subsampled coarse = new Subsampled(new float[]{0, 8, 16}, 3, 1, 4);
        float[] full = new float[12];
        coarse.expandInto(full, 12, 1);
        assertArrayEquals(new float[]{0, 0, 1, 3, 5, 7, 9, 11, 13, 15, 16, 16}, full, 1e-5f);
    }

    @Test
    void aRadiusBelowTwiceTheCoarseOneStaysAtFullSize() {
        assertEquals(1, Subsampled.factorFor(15));
        assertEquals(2, Subsampled.factorFor(16));
        assertEquals(5, Subsampled.factorFor(45));
        assertEquals(9, new Subsampled(new float[1], 1, 1, 5).radius(45));
    }
}
