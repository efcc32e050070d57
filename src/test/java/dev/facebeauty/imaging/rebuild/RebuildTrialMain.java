package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Optional;

/**
 * Prints the rebuild's figures for photos and writes crops to look at:
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench/classpath.txt)
 * dev.facebeauty.imaging.rebuild.RebuildTrialMain OUT_DIR LONG_SIDE PHOTO...}.
 */
public final class RebuildTrialMain {

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        out.mkdirs();
        int longSide = Integer.parseInt(args[1]);
        BeautyParameters[] settings = {
                new BeautyParameters(20, 30, 0, 0, 0, 0, Optional.empty()),
                new BeautyParameters(60, 80, 60, 40, 50, 100, Optional.empty()),
                new BeautyParameters(20, 30, 0, 0, 0, 0, Optional.of(FilterType.values()[3])),
        };
        for (int a = 2; a < args.length; a++) {
            BufferedImage photo = ImageIO.read(new File(args[a]));
            BufferedImage large = RebuildTrial.largeGrainy(photo, longSide, 7);
            for (int s = 0; s < settings.length; s++) {
                long start = System.nanoTime();
                RebuildTrial.Outcome o = RebuildTrial.run(large, settings[s]);
                System.out.printf("%s settings %d: sent %dx%d of %dx%d; rebuilt %.2f dB (retouched %.2f), bicubic %.2f dB (retouched %.2f); %.1f s%n",
                        new File(args[a]).getName(), s, o.sentWidth(), o.sentHeight(), o.original().width(), o.original().height(),
                        o.psnr(o.rebuilt(), false), o.psnr(o.rebuilt(), true), o.psnr(o.enlarged(), false), o.psnr(o.enlarged(), true),
                        (System.nanoTime() - start) / 1e9);
                String base = new File(args[a]).getName().replaceAll("\\..*", "") + "-s" + s;
                int w = o.original().width(), h = o.original().height();
                java.awt.geom.Rectangle2D face = new dev.facebeauty.face.FaceAnalyzer().analyze(o.original().scale(0.25))
                        .stream().findFirst().map(f -> f.scaled(4).bounds()).orElse(new java.awt.Rectangle(w / 3, h / 4, w / 3, h / 3));
                int cw = Math.min(900, w), ch = Math.min(1100, h);
                int cx = (int) Math.max(0, Math.min(w - cw, face.getCenterX() - cw / 2.0));
                int cy = (int) Math.max(0, Math.min(h - ch, face.getCenterY() - ch / 2.0));
                BufferedImage sheet = new BufferedImage(cw * 4, ch, BufferedImage.TYPE_INT_RGB);
                var images = new dev.facebeauty.imaging.RgbImage[]{o.original(), o.reference(), o.rebuilt(), o.enlarged()};
                for (int k = 0; k < 4; k++) {
                    sheet.getGraphics().drawImage(images[k].toBufferedImage().getSubimage(cx, cy, cw, ch), k * cw, 0, null);
                }
                ImageIO.write(sheet, "jpg", new File(out, base + ".jpg"));
            }
        }
    }
}
