package dev.facebeauty.serve;

import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The submit form's fields as Face Beauty Pro checks and reads them: the first problem, or the settings asked for. */
final class SubmitForm {

    private static final List<String> SLIDERS = java.util.Arrays.stream(Adjustment.values()).map(Adjustment::apiField).toList();

    private SubmitForm() {
    }

    /** A problem with the form fields: the error code and message the cloud answers with. */
    record Problem(String code, String message) {
    }

    /** The first problem with the form fields, as the cloud reports it. */
    static Optional<Problem> check(Map<String, MultipartParser.Part> parts) {
        MultipartParser.Part taskType = parts.get("task_type");
        if (taskType == null) {
            return Optional.of(new Problem("MISSING_PARAMETERS", "task_type is required"));
        }
        if (!"async".equals(taskType.text())) {
            return Optional.of(new Problem("ERROR_INVALID_PARAMETER", "task_type must be async"));
        }
        for (String name : parts.keySet()) {
            if (!SLIDERS.contains(name) && !List.of("task_type", "filter_type", "image").contains(name)) {
                return Optional.of(new Problem("ERROR_INVALID_PARAMETER", "unknown field " + name));
            }
        }
        for (String slider : SLIDERS) {
            MultipartParser.Part part = parts.get(slider);
            if (part != null && !ApiReplies.inRange(part.text(), 0, 100)) {
                return Optional.of(new Problem("UNSUPPORTED_PARAMETER_VALUES", slider + " must be an integer 0-100"));
            }
        }
        MultipartParser.Part filter = parts.get("filter_type");
        if (filter != null && !ApiReplies.inRange(filter.text(), 1, 35)) {
            return Optional.of(new Problem("UNSUPPORTED_PARAMETER_VALUES", "filter_type must be 1-35"));
        }
        MultipartParser.Part image = parts.get("image");
        if (image == null || image.fileName() == null) {
            return Optional.of(new Problem("MISSING_PARAMETERS", "image is required"));
        }
        return Optional.empty();
    }

    /** Omitted sliders mean 50, as on the cloud; no filter_type means no filter. */
    static BeautyParameters parameters(Map<String, MultipartParser.Part> parts) {
        Map<Adjustment, Integer> values = new java.util.EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            MultipartParser.Part part = parts.get(a.apiField());
            values.put(a, part == null ? Adjustment.SERVICE_DEFAULT : Integer.parseInt(part.text()));
        }
        Optional<FilterType> filter = Optional.ofNullable(parts.get("filter_type"))
                .flatMap(p -> FilterType.byId(Integer.parseInt(p.text())));
        return new BeautyParameters(values, filter);
    }

}
