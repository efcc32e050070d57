package dev.facebeauty.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import dev.facebeauty.text.Text;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads photos (read-only: the file is never written) and turns them upright from their EXIF orientation. */
public final class ImageDecoder {

    /** Large enough for any camera file; refuses to pull an accidental multi-gigabyte file into memory. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /**
     * The largest picture decoded, in pixels (250 MP: above any camera's 100–200 MP), checked from the file's header
     * before any pixel is decoded, so a tiny file claiming 40000 × 40000 (a decompression bomb) cannot exhaust memory.
     */
    public static final long MAX_PIXELS = 250_000_000L;

    public DecodedImage read(Path file) throws UnusableImageException {
        return decode(readFile(file));
    }

    /**
     * The file's bytes, refusing anything too large to be a photo and anything that is not a regular file (a folder,
     * a device, a pipe, which could block forever); a sentence for every way it can fail.
     */
    private static byte[] readFile(Path file) throws UnusableImageException {
        try {
            if (!Files.exists(file)) {
                throw new UnusableImageException(Text.get("decode.noFile", file));
            }
            if (!Files.isRegularFile(file)) {
                throw new UnusableImageException(Text.get("decode.notAFile", file.getFileName()));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnusableImageException(Text.get("decode.fileTooLarge"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnusableImageException(Text.get("decode.gone", file.getFileName()), e);
        } catch (IOException e) {
            throw new UnusableImageException(Text.get("decode.unreadable", file.getFileName(), e.getMessage()), e);
        }
    }

    public DecodedImage decode(byte[] bytes) throws UnusableImageException {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new UnusableImageException(
                Text.get("decode.notAPhoto")));
        BufferedImage raw = readPixels(bytes, format);
        if (format == ImageFormat.PNG) {
            // The PNG reader leaves the iCCP profile aside and would pass Adobe RGB or ProPhoto samples off as sRGB.
            BufferedImage stored = raw;
            raw = PngChunks.iccProfileOf(bytes).map(profile -> ColourProfiles.withProfile(stored, profile)).orElse(raw);
        }
        int orientation = orientationOf(bytes);
        return new DecodedImage(Orientation.apply(raw, orientation), bytes, format, orientation);
    }

    /** Work done with the first image reader for some bytes, its input set with metadata ignored. */
    private interface ReaderWork<T> {
        T with(ImageReader reader) throws IOException, UnusableImageException;
    }

    /**
     * Runs {@code work} with a reader for {@code bytes}: one place that opens, configures (metadata chunks are never
     * read, so a compressed text chunk is never inflated) and disposes of it, and turns its failures into
     * {@code damaged}.
     */
    private static <T> T withReader(byte[] bytes, String damaged, ReaderWork<T> work) throws UnusableImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnusableImageException(damaged);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return work.with(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException(damaged, e);
        } catch (OutOfMemoryError e) {
            throw new UnusableImageException(Text.get("decode.outOfMemory"));
        }
    }

    /** Refuses a picture whose header claims more than {@link #MAX_PIXELS}, before any pixel is decoded. */
    private static void requireWithinBudget(ImageReader reader) throws IOException, UnusableImageException {
        long width = reader.getWidth(0), height = reader.getHeight(0);
        if (width * height > MAX_PIXELS) {
            throw new UnusableImageException(Text.get("decode.tooManyPixels", width, height, width * height / 1_000_000,
                    MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * The picture's width and height from its header alone, no pixel decoded: for limits checked before decoding.
     */
    public java.awt.Dimension size(byte[] bytes) throws UnusableImageException {
        return withReader(bytes, Text.get("decode.damaged"),
                reader -> new java.awt.Dimension(reader.getWidth(0), reader.getHeight(0)));
    }

    /**
     * Decodes the first picture: its size is checked against {@link #MAX_PIXELS} from the header first; a decoder
     * warning (data that ends early or is corrupt, which decoders paint grey and carry on) refuses the file rather
     * than passing off a partial picture as the photo.
     */
    private static BufferedImage readPixels(byte[] bytes, ImageFormat format) throws UnusableImageException {
        return withReader(bytes, Text.get("decode.damagedFormat", format), reader -> {
            requireWithinBudget(reader);
            java.util.List<String> warnings = new java.util.ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage raw = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new UnusableImageException(Text.get("decode.incomplete", format, warnings.getFirst()));
            }
            return raw;
        });
    }

    /**
     * A small upright copy, at most {@code maxSide} on its long side, for lists: the decoder skips pixels while
     * reading (subsampling), so a 24 MP photo costs a fraction of a full decode.
     */
    public BufferedImage thumbnail(Path file, int maxSide) throws UnusableImageException {
        byte[] bytes = readFile(file);
        BufferedImage raw = withReader(bytes, Text.get("decode.damaged"), reader -> {
            requireWithinBudget(reader);
            int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, longSide / (maxSide * 2));
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        });
        BufferedImage upright = Orientation.apply(raw, orientationOf(bytes));
        double scale = Math.min(1, (double) maxSide / Math.max(upright.getWidth(), upright.getHeight()));
        return scale >= 1 ? upright : RgbImage.of(upright).resize(
                Math.max(1, (int) Math.round(upright.getWidth() * scale)),
                Math.max(1, (int) Math.round(upright.getHeight() * scale))).toBufferedImage();
    }

    /**
     * The orientation to show the picture in. PNG's text and other chunks are not read at all (a compressed text chunk
     * can inflate to gigabytes), so a PNG is shown as stored.
     */
    private static int orientationOf(byte[] bytes) {
        return ImageFormat.sniff(bytes).filter(f -> f == ImageFormat.PNG).isPresent() ? 1 : exifOrientation(bytes);
    }

    /** The EXIF orientation tag, or 1 when there is none or the metadata cannot be read. */
    static int exifOrientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // Broken metadata must not stop a photo that decodes: it is then shown as stored.
        }
        return 1;
    }
}
