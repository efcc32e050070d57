package dev.facebeauty.ui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The installers' icons in icons/ (written by icons/IconGenerator.java) are well-formed and hold every size. */
class InstallerIconFilesTest {

    private static final Path ICONS = Path.of("icons");

    @Test
    void windowsIconHoldsEachSizeAsDecodablePng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("face-beauty-studio.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved");
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        Map<Integer, BufferedImage> images = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = decode(ico.array(), offset, length);
            assertEquals(declared, image.getWidth(), "entry " + i + " width");
            assertEquals(declared, image.getHeight(), "entry " + i + " height");
            images.put(declared, image);
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), List.copyOf(images.keySet()));
        assertTrue(images.get(256).getColorModel().hasAlpha(), "rounded corners need transparency");
    }

    @Test
    void macIconFamilyHoldsTheRetinaSizes() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("face-beauty-studio.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertEquals("icns", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(bytes.length, icns.getInt(4), "the header states the file length");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int at = 8; at < bytes.length; ) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            BufferedImage image = decode(bytes, at + 8, length - 8);
            assertEquals(image.getWidth(), image.getHeight(), type);
            sizes.put(type, image.getWidth());
            at += length;
        }
        assertEquals(Map.ofEntries(Map.entry("icp4", 16), Map.entry("icp5", 32), Map.entry("ic11", 32),
                Map.entry("icp6", 64), Map.entry("ic12", 64), Map.entry("ic07", 128), Map.entry("ic08", 256),
                Map.entry("ic13", 256), Map.entry("ic09", 512), Map.entry("ic14", 512), Map.entry("ic10", 1024)), sizes);
    }

    private static BufferedImage decode(byte[] bytes, int offset, int length) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes, offset, length));
        assertNotNull(image, "a PNG at offset " + offset);
        return image;
    }
}
