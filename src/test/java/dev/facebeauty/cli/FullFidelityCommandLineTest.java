package dev.facebeauty.cli;

import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.imaging.ColourProfiles;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestProfiles;
import dev.facebeauty.testing.TestServices;
import dev.facebeauty.testing.TestTiffs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cloud path at camera sizes, from the command line against the contract server, checked by reading the written
 * files back: a 6000 × 4000 JPEG and a 16-bit Adobe RGB TIFF come back at their own size, depth and profile.
 */
class FullFidelityCommandLineTest {

    @TempDir
    Path dir;
    private ContractTestServer server;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().progress(0, 0);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private int run(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, () -> TestServices.create(dir.resolve("home"), server.baseUrl(),
                ContractTestServer.VALID_KEY), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aSixThousandPixelJpegComesBackAtItsOwnSizeOrAtTheServicesWhenAsked() throws Exception {
        Path photo = dir.resolve("wide.jpg");
        Files.write(photo, TestImages.jpeg(TestImages.portrait(6000, 4000)));

        Path full = dir.resolve("full.jpg");
        assertEquals(ExitCode.OK, run("beautify", "--engine", "cloud", "-o", full.toString(), photo.toString()), err);
        DecodedImage rebuilt = new ImageDecoder().read(full);
        assertEquals(6000, rebuilt.width());
        assertEquals(4000, rebuilt.height());
        assertTrue(err.contains("Rebuilt at 6000 × 4000 from the service's 4095 × 2730."), err);

        Path service = dir.resolve("service.jpg");
        assertEquals(ExitCode.OK, run("beautify", "--engine", "cloud", "--output-size", "service", "-o",
                service.toString(), photo.toString()), err);
        assertEquals(4095, new ImageDecoder().read(service).width());
        assertEquals(1, server.tasksCreated(), "the second run reused the paid result");
    }

    @Test
    void aSixteenBitAdobeRgbTiffComesBackSixteenBitInItsProfileWithItsTags() throws Exception {
        var profile = TestProfiles.adobeRgb();
        BufferedImage original = TestProfiles.sixteenBit(2400, 1600, profile);
        WritableRaster raster = original.getRaster();
        Random random = new Random(11);
        int[] row = new int[2400 * 3];
        for (int y = 0; y < 1600; y++) {
            for (int x = 0; x < 2400; x++) {
                double face = Math.hypot((x - 1200) / 500.0, (y - 800) / 650.0) < 1 ? 1 : 0;
                row[x * 3] = 16000 + (int) (face * 30000) + x * 4 + random.nextInt(600);
                row[x * 3 + 1] = 14000 + (int) (face * 20000) + y * 5 + random.nextInt(600);
                row[x * 3 + 2] = 20000 + (int) (face * 12000) + random.nextInt(600);
            }
            raster.setPixels(0, y, 2400, 1, row);
        }
        Path photo = dir.resolve("edit.tif");
        Files.write(photo, TestTiffs.tagged(original, "A. Photographer", "Studio, March"));

        Path out = dir.resolve("edit_beauty.tif");
        assertEquals(ExitCode.OK, run("beautify", "--engine", "cloud", "-o", out.toString(), photo.toString()), err);

        DecodedImage back = new ImageDecoder().read(out);
        assertEquals(ImageFormat.TIFF, back.format());
        assertEquals(2400, back.width());
        assertEquals(1600, back.height());
        assertArrayEquals(new int[]{16, 16, 16}, back.image().getColorModel().getComponentSize());
        var kept = (java.awt.color.ICC_ProfileRGB) java.awt.color.ICC_Profile.getInstance(
                ColourProfiles.profileOf(back.image()).orElseThrow());
        var made = (java.awt.color.ICC_ProfileRGB) profile;
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(made.getMatrix()[i], kept.getMatrix()[i], 1e-4f, "Adobe RGB's colorants");
            assertEquals(made.getGamma(i), kept.getGamma(i), 1e-3, "Adobe RGB's gamma");
        }
        assertTrue(err.matches("(?s).*(Rebuilt at 2400 × 1600 from the service's \\d+ × \\d+, 16-bit, own colour profile|"
                + "Kept in 16 bits and its own colour profile)\\..*"), err);
        var tags = TestTiffs.tags(Files.readAllBytes(out));
        assertEquals("A. Photographer", tags.getTIFFField(315).getAsString(0));
        assertEquals("Studio, March", tags.getTIFFField(270).getAsString(0));
        assertEquals(5, tags.getTIFFField(259).getAsInt(0), "compressed like the original (LZW)");
        // The contract server brightens every pixel: so does the rebuilt result, in 16-bit steps, not 8-bit ones.
        int[] before = original.getRaster().getPixel(1200, 800, (int[]) null);
        int[] after = back.image().getRaster().getPixel(1200, 800, (int[]) null);
        assertTrue(after[1] > before[1] + 2000, "brightened: " + before[1] + " → " + after[1]);
        java.util.Set<Integer> values = new java.util.HashSet<>();
        for (int x = 1000; x < 1200; x++) {
            values.add(back.image().getRaster().getSample(x, 800, 0) & 0xFF);
        }
        assertTrue(values.size() > 64, "the low byte takes " + values.size() + " values: 16-bit precision kept");
    }
}
