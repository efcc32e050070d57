package dev.facebeauty.imaging;

import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Broken and hostile inputs are refused with a sentence, at once, without decoding what they claim to be. */
public class BadInputTest {

    @TempDir
    Path dir;
    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void aJpegCutShortIsRefusedNotPaintedGrey() {
        byte[] whole = TestImages.jpeg(TestImages.portrait(400, 480));
        assertEquals(400, assertDecodes(whole).image().getWidth());
        for (int cut : new int[]{whole.length / 2, startOfScan(whole) + 16}) {
            UnusableImageException e = assertThrows(UnusableImageException.class, () -> decoder.decode(Arrays.copyOf(whole, cut)));
            assertTrue(e.getMessage().contains("incomplete or damaged") || e.getMessage().contains("may be damaged"),
                    "cut at " + cut + ": " + e.getMessage());
        }
    }

    @Test
    void aTinyFileClaimingFortyThousandPixelsSquareIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = png(40_000, 40_000);
        assertTrue(bomb.length < 2_000, "a few hundred bytes: " + bomb.length);
        UnusableImageException e = assertThrows(UnusableImageException.class, () -> decoder.decode(bomb));
        assertEquals("This picture claims to be 40000 × 40000 pixels (1600 MP); Face Beauty Studio reads photos of up "
                + "to 250 megapixels.", e.getMessage());
        assertThrows(UnusableImageException.class, () -> decoder.thumbnail(write("bomb.png", bomb), 128));
    }

    @Test
    void aPngWhoseTextChunkInflatesToAGigabyteOpensWithoutReadingIt() throws Exception {
        byte[] photo = TestImages.png(TestImages.portrait(120, 140));
        // A zTXt chunk of a few hundred kilobytes that inflates to 1 GiB of zeros, just before IEND.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.write("Comment".getBytes(StandardCharsets.US_ASCII));
        text.write(new byte[]{0, 0});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20], buffer = new byte[1 << 16];
        for (int i = 0; i < 1024; i++) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                text.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            text.write(buffer, 0, deflater.deflate(buffer));
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(photo, 0, photo.length - 12);
        chunk(bomb, "zTXt", text.toByteArray());
        bomb.write(photo, photo.length - 12, 12);
        byte[] file = bomb.toByteArray();
        assertTrue(file.length < 2_000_000, "a small file: " + file.length);
        assertEquals(120, decoder.decode(file).width());
        assertEquals(120, decoder.thumbnail(write("bomb-text.png", file), 256).getWidth());
    }

    @Test
    void somethingThatIsNotAFileIsRefusedAtOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("photos.jpg"));
        assertEquals("photos.jpg is not a photo file (it is a folder, a device or a pipe).",
                assertThrows(UnusableImageException.class, () -> decoder.read(folder)).getMessage());
        assertEquals("There is no file " + dir.resolve("never.jpg") + ".",
                assertThrows(UnusableImageException.class, () -> decoder.read(dir.resolve("never.jpg"))).getMessage());
        Path fifo = dir.resolve("pipe.jpg");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available on this system");
        // Opening a pipe for reading would block until a writer appears; it must be refused before that.
        UnusableImageException e = assertThrows(UnusableImageException.class, () -> decoder.read(fifo));
        assertTrue(e.getMessage().contains("not a photo file"), e.getMessage());
    }

    private DecodedImage assertDecodes(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (UnusableImageException e) {
            throw new AssertionError("a whole JPEG must decode", e);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The offset of the JPEG's start-of-scan marker (FF DA). */
    private static int startOfScan(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return i;
            }
        }
        throw new AssertionError("no SOS marker");
    }

    /** A valid PNG header for a grey picture of the given size, with one tiny compressed row of data. */
    public static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[]{8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, adaptive filtering, no interlace
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] buffer = new byte[256];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
