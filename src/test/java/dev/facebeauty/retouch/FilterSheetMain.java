package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes docs/filters.jpg: the astronaut's face in each of the 35 looks (built-in engine, sliders at 0), labelled,
 * 7 × 5. Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.facebeauty.retouch.FilterSheetMain
 * -Dexec.classpathScope=test -Dexec.args="../shared/fixtures/astronaut.png docs/filters.jpg"}.
 */
public final class FilterSheetMain {

    public static void main(String[] args) throws Exception {
        RgbImage photo = RgbImage.of(ImageIO.read(Path.of(args[0]).toFile()));
        List<Face> faces = new FaceAnalyzer().analyze(photo);
        int tile = 180, label = 24, columns = 7, rows = 5;
        BufferedImage sheet = new BufferedImage(columns * tile, rows * (tile + label), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(new Color(0xF4F4F7));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        // A square crop around the face, as the looks read best on skin and hair.
        int size = 300, x0 = 75, y0 = 0;
        for (FilterType filter : FilterType.values()) {
            int i = filter.ordinal();
            RgbImage look = Retoucher.retouch(photo, faces, new BeautyParameters(0, 0, 0, 0, 0, 0, Optional.of(filter)));
            BufferedImage crop = look.toBufferedImage().getSubimage(x0, y0, size, size);
            int x = (i % columns) * tile, y = (i / columns) * (tile + label);
            g.drawImage(crop, x + 4, y + 4, tile - 8, tile - 8, null);
            g.setColor(new Color(0x2A2A33));
            String name = filter.id() + " " + filter.displayName();
            g.drawString(name, x + (tile - g.getFontMetrics().stringWidth(name)) / 2, y + tile + 12);
        }
        g.dispose();
        String format = args[1].endsWith(".png") ? "png" : "jpg";
        ImageIO.write(sheet, format, Path.of(args[1]).toFile());
        System.out.println("Wrote " + args[1]);
    }
}
