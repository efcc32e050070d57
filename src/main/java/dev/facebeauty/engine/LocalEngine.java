package dev.facebeauty.engine;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.model.ServiceTerms;
import dev.facebeauty.retouch.Retoucher;
import dev.facebeauty.text.Text;

import java.util.List;
import java.util.Optional;

/**
 * Face Beauty Pro's parameters, done in this process with no account and no network: faces and landmarks from
 * {@link FaceAnalyzer}, then {@link Retoucher}. Works on the photo at full resolution (no upload limits apply).
 * PNG stays PNG; everything else comes back as a high-quality JPEG.
 */
public final class LocalEngine implements BeautyEngine {

    private static final int WARM_UP_SIDE = 384;
    private static final int WARM_UP_SKIN = 0xC8987A;

    static final float JPEG_QUALITY = ServiceTerms.DEFAULT_JPEG_QUALITY / 100f;

    private final ImageDecoder decoder;
    private final FaceAnalyzer analyzer;

    public LocalEngine(ImageDecoder decoder, FaceAnalyzer analyzer) {
        this.decoder = decoder;
        this.analyzer = analyzer;
    }

    /**
     * Readies the engine on a spare thread while the caller decodes its first photo (see {@link #warmUp()}); returns at
     * once.
     */
    public void prepareInBackground() {
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("built-in-engine-warm-up").start(LocalEngine::warmUp);
    }

    /**
     * Reads the face models and runs the analysis and every retouch step once on a small flat picture, so that the
     * JIT has compiled them before a camera-sized photo needs them (in a fresh process they ran about twice as slow
     * the first time). The work is thrown away. Also run by the packaging step's training run, so the AOT cache holds
     * these classes and their profiles.
     */
    public static void warmUp() {
        int[] skin = new int[WARM_UP_SIDE * WARM_UP_SIDE];
        java.util.Arrays.fill(skin, WARM_UP_SKIN);
        RgbImage flat = new RgbImage(WARM_UP_SIDE, WARM_UP_SIDE, skin);
        Face face = FaceAnalyzer.warmUp(flat);
        Retoucher.retouch(flat, List.of(face), new BeautyParameters(50, 50, 50, 50, 50, 50, Optional.of(FilterType.SUNNY_DAY)));
    }

    @Override
    public String displayName() {
        return EngineKind.LOCAL.displayName();
    }

    @Override
    public boolean needsUploadLimits() {
        return false;
    }

    @Override
    public BeautyResult beautify(PreparedUpload image, BeautyParameters parameters, ProgressListener listener)
            throws EngineException, InterruptedException {
        listener.stage(JobStage.PROCESSING);
        java.awt.image.BufferedImage source;
        try {
            // The window hands over the photo it already decoded; bytes from elsewhere (serve) are decoded here.
            source = image.pixels().isPresent() ? image.pixels().get() : decoder.decode(image.bytes()).image();
        } catch (UnusableImageException e) {
            throw new EngineException(EngineException.Category.SERVICE, e.getMessage(), e);
        }
        RgbImage photo = RgbImage.of(source);
        checkInterrupted();
        List<Face> faces = analyzer.analyze(photo);
        checkInterrupted();
        RgbImage result = Retoucher.retouchInPlace(photo, faces, parameters); // photo is this job's own copy
        checkInterrupted();
        ImageFormat format = image.format() == ImageFormat.PNG ? ImageFormat.PNG : ImageFormat.JPEG;
        java.awt.image.BufferedImage picture = result.toBufferedImage();
        byte[] bytes = ImageEncoder.encode(picture, format, JPEG_QUALITY);
        listener.stage(JobStage.DONE);
        return new BeautyResult(bytes, format, displayName(), Optional.empty(), faces.isEmpty() ? Optional.of(
                Text.get(parameters.filter().isPresent() ? "local.noFaceFilterOnly" : "local.noFaceUnchanged")) : Optional.empty(),
                Optional.of(picture));
    }

    private static void checkInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("retouch cancelled");
        }
    }
}
