package dev.facebeauty.ui;

import dev.facebeauty.model.FilterType;
import dev.facebeauty.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An entry of the filter list: "None" or one of the 35 looks. */
public record FilterOption(Optional<FilterType> filter) {

    public static final FilterOption NONE = new FilterOption(Optional.empty());

    public static List<FilterOption> all() {
        List<FilterOption> options = new ArrayList<>();
        options.add(NONE);
        for (FilterType f : FilterType.values()) {
            options.add(new FilterOption(Optional.of(f)));
        }
        return List.copyOf(options);
    }

    @Override
    public String toString() {
        return filter.map(f -> Text.get("filter.option", f.id(), f.label())).orElseGet(() -> Text.get("filter.none"));
    }
}
