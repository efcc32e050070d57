package dev.facebeauty.jobs;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.ServiceTerms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which photos a batch takes and where each result goes: files as given, folders expanded to the
 * photos in them (subfolders too with {@code --recursive}, mirrored under the output folder), and result names from
 * a pattern with the tokens {@code {name}}, {@code {ext}}, {@code {preset}}, {@code {settings}} and {@code {filter}}.
 */
public final class BatchPlan {

    public static final String DEFAULT_PATTERN = "{name}_beauty.{ext}";
    private static final Set<String> PHOTO_EXTENSIONS = Set.copyOf(ServiceTerms.PHOTO_EXTENSIONS);

    /** One photo and the folder its result goes to. */
    public record Job(Path input, Path outputDir) {
    }

    private BatchPlan() {
    }

    public static List<Job> expand(List<Path> inputs, Path outDir, boolean recursive) throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                jobs.add(new Job(input, outDir));
                continue;
            }
            try (Stream<Path> files = recursive ? Files.walk(input) : Files.list(input)) {
                for (Path photo : files.filter(Files::isRegularFile).filter(BatchPlan::isPhoto).sorted().toList()) {
                    Path relative = input.relativize(photo.getParent());
                    jobs.add(new Job(photo, outDir == null ? null : outDir.resolve(relative.toString())));
                }
            }
        }
        return jobs;
    }

    public static boolean isPhoto(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && PHOTO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The result's file name: the pattern's tokens filled in; the extension is the result's format's unless the
     * pattern ends in one of its own (.jpg, .jpeg, .png, .tif or .tiff), which the result is then converted to.
     */
    public static String outputName(String pattern, Path input, String extension, String preset) {
        return outputName(pattern, input, extension, preset, null);
    }

    /**
     * As {@link #outputName(String, Path, String, String)}, with {@code {settings}} (the six values in order,
     * e.g. {@code 50-50-50-50-50-50}) and {@code {filter}} (its name, or {@code none}) from {@code parameters}.
     */
    public static String outputName(String pattern, Path input, String extension, String preset, BeautyParameters parameters) {
        String file = input.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        String name = pattern.replace("{name}", stem).replace("{ext}", extension)
                .replace("{preset}", preset == null ? "custom" : safe(preset));
        if (parameters != null) {
            name = name.replace("{settings}", parameters.valuesText("-"))
                    .replace("{filter}", parameters.filter().map(f -> safe(f.displayName())).orElse("none"));
        }
        if (name.contains("/") || name.contains("\\") || name.isBlank()) {
            throw new IllegalArgumentException("the name pattern must give a file name, not \"" + name + "\"");
        }
        // A pattern that names its own image format ("{name}.png") gets that format; otherwise the result's.
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean ownFormat = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                || lower.endsWith(".tif") || lower.endsWith(".tiff");
        return ownFormat || name.endsWith("." + extension) ? name : name + "." + extension;
    }

    private static String safe(String text) {
        return text.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
    }
}
