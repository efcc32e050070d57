package dev.facebeauty.jobs;

import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.model.BeautyParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Results of paid jobs by what produced them — the exact bytes sent, the settings, and the service they were sent to —
 * so the same photo with the same settings is never uploaded (and paid for) twice. Files in one folder, named by
 * key; the least recently used go first once the folder passes its size limit.
 */
public final class ResultCache {

    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(ResultCache.class.getName());

    /** A cached result: its bytes and their format. */
    public record Hit(byte[] bytes, ImageFormat format) {
    }

    private final Path dir;
    private final long maxBytes;

    public ResultCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The key of a job: service scope, the settings as sent, and a digest of the uploaded bytes. */
    public static String key(String scope, BeautyParameters parameters, byte[] upload) {
        MessageDigest sha = sha256();
        sha.update(scope.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(parameters.formFields().toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(sha256().digest(upload));
        return HexFormat.of().formatHex(sha.digest());
    }

    public Optional<Hit> find(String key) {
        for (ImageFormat format : List.of(ImageFormat.JPEG, ImageFormat.PNG)) {
            Path file = dir.resolve(key + "." + format.extension());
            if (Files.isRegularFile(file)) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // recently used
                    return Optional.of(new Hit(bytes, format));
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Unreadable cached result {0}: {1}", file, e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** Stores a result; a failure only costs the cache entry, never the job. */
    public void put(String key, byte[] bytes, ImageFormat format) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.writePrivate(dir.resolve(key + "." + format.extension()), bytes);
            trim();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not cache a result: {0}", e.getMessage());
        }
    }

    private void trim() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(ResultCache::modified).reversed()).toList();
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
            if (total > maxBytes) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
