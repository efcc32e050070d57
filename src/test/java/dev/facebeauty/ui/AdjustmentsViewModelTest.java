package dev.facebeauty.ui;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdjustmentsViewModelTest {

    @Test
    void startsAtANaturalRetouchWithShapeAndBrowsUntouched() {
        assertEquals(new BeautyParameters(20, 30, 0, 0, 0, 0, Optional.empty()), new AdjustmentsViewModel().parameters());
    }

    @Test
    void showsGivenSettingsOnEachSliderInTheApiOrderAndReadsThemBack() {
        AdjustmentsViewModel model = new AdjustmentsViewModel();
        BeautyParameters p = new BeautyParameters(1, 2, 3, 4, 5, 6, Optional.of(FilterType.CHAPLIN));
        model.set(p);
        assertEquals(p, model.parameters());
        assertEquals(List.of("whitening", "smoothing", "thinface", "shrink_face", "enlarge_eye", "remove_eyebrow"),
                model.sliders().stream().map(SliderSetting::apiName).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), model.sliders().stream().map(SliderSetting::value).toList());
    }

    @Test
    void resetAllReturnsToTheStartingValues() {
        AdjustmentsViewModel model = new AdjustmentsViewModel();
        model.set(new BeautyParameters(0, 0, 70, 70, 70, 70, Optional.of(FilterType.CHAPLIN)));
        model.resetAll();
        assertEquals(BeautyParameters.firstStart(), model.parameters());
    }
}
