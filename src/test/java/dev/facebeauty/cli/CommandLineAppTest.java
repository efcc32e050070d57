package dev.facebeauty.cli;

import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineAppTest {

    @TempDir
    Path dir;
    private ContractTestServer server;
    private Path photo;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().progress(0, 0);
        photo = dir.resolve("portrait.jpg");
        Files.write(photo, TestImages.jpeg(TestImages.portrait(300, 360)));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private int run(String key, URI base, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, () -> TestServices.create(dir.resolve("home"), base, key),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private int run(String... args) {
        return run(ContractTestServer.VALID_KEY, server.baseUrl(), args);
    }

    @Test
    void beautifiesAPhotoAndWritesAResultThatDecodesAndDiffers() throws Exception {
        Path result = dir.resolve("result.jpg");
        int code = run("beautify", "--whitening", "80", "--smoothing", "0", "--filter", "Sunny Day", "-o", result.toString(), photo.toString());

        assertEquals(ExitCode.OK, code, err);
        BufferedImage in = new ImageDecoder().read(photo).image();
        BufferedImage res = new ImageDecoder().read(result).image();
        assertEquals(in.getWidth(), res.getWidth());
        assertNotEquals(in.getRGB(150, 180), res.getRGB(150, 180));
        assertTrue(err.contains("portrait.jpg: Uploading"), err);
        assertTrue(err.contains("task_id"), err);
        assertTrue(err.contains("portrait.jpg: Saved "), err);
        var fields = server.submits().getFirst().fields();
        assertEquals("80", fields.get("whitening"));
        assertEquals("0", fields.get("smoothing"));
        assertEquals("3", fields.get("filter_type"));
    }

    @Test
    void severalInputsGoToTheOutputFolderAndPngOutputIsConverted() throws Exception {
        Path second = dir.resolve("second.png");
        Files.write(second, TestImages.png(TestImages.portrait(200, 260)));
        Path outDir = dir.resolve("out");
        assertEquals(ExitCode.OK, run("beautify", "--out-dir", outDir.toString(), photo.toString(), second.toString()), err);
        assertTrue(Files.isRegularFile(outDir.resolve("portrait_beauty.jpg")));
        assertTrue(Files.isRegularFile(outDir.resolve("second_beauty.jpg")), "named after the result's real format");

        Path png = dir.resolve("as.png");
        assertEquals(ExitCode.OK, run("beautify", "-o", png.toString(), photo.toString()), err);
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(Files.readAllBytes(png)).orElseThrow());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(ExitCode.USAGE, run("beautify", photo.toString()));
        assertTrue(err.contains("missing -o"), err);
        assertEquals(ExitCode.USAGE, run("beautify", "--whitening", "150", "-o", "x.jpg", photo.toString()));
        assertTrue(err.contains("whitening must be between 0 and 100"), err);
        assertEquals(ExitCode.USAGE, run("beautify", "--filter", "Disco", "-o", "x.jpg", photo.toString()));
        assertEquals(ExitCode.USAGE, run("beautify", "--smoothing", "abc", "-o", "x.jpg", photo.toString()));
        assertEquals(ExitCode.USAGE, run("beautify", "--no-such-option", photo.toString()));
        assertEquals(ExitCode.USAGE, run("beautify", "-o", photo.toString(), photo.toString()));
        assertTrue(err.contains("must not be the input"), err);
        assertEquals(0, server.submits().size(), "nothing was sent for a usage error");
    }

    @Test
    void anExistingOutputIsNotReplacedWithoutAsking() throws Exception {
        Path existing = dir.resolve("existing.jpg");
        Files.writeString(existing, "keep me");
        assertEquals(ExitCode.USAGE, run("beautify", "-o", existing.toString(), photo.toString()));
        assertEquals("keep me", Files.readString(existing));
        assertTrue(err.contains("already exists; add --overwrite to replace it"), err);
        assertEquals(0, server.submits().size(), "refused before anything was uploaded or paid for");
        assertEquals(ExitCode.OK, run("beautify", "--overwrite", "-o", existing.toString(), photo.toString()), err);
    }

    @Test
    void impossibleOptionsAndOutputsAreRefusedWithASentenceBeforeAnythingIsPaid() throws Exception {
        for (String interval : new String[]{"NaN", "Infinity", "1e300", "0.5", "-3"}) {
            assertEquals(ExitCode.USAGE, run("beautify", "--poll-interval", interval, "-o", dir.resolve("p.jpg").toString(),
                    photo.toString()), interval);
            assertTrue(err.contains("--poll-interval must be a number of seconds from 1 to 3600"), err);
        }
        Path folder = Files.createDirectories(dir.resolve("results"));
        assertEquals(ExitCode.USAGE, run("beautify", "-o", folder.toString(), photo.toString()));
        assertTrue(err.contains("is a folder: give -o a file name"), err);
        assertEquals(ExitCode.USAGE, run("beautify", "-o", dir.resolve("out.gif").toString(), photo.toString()));
        assertTrue(err.contains("name the output .jpg, .jpeg, .png, .tif or .tiff, not out.gif"), err);
        // The original reached through a symbolic link to its folder, even with --overwrite.
        Path link = Files.createSymbolicLink(dir.resolve("same-folder"), dir);
        byte[] before = Files.readAllBytes(photo);
        assertEquals(ExitCode.USAGE, run("beautify", "--overwrite", "-o", link.resolve(photo.getFileName()).toString(),
                photo.toString()));
        assertTrue(err.contains("your original is never written over"), err);
        assertArrayEquals(before, Files.readAllBytes(photo));
        assertEquals(0, server.submits().size(), "nothing was uploaded or paid for");
    }

    @Test
    void aBatchEndsWithALineThatCountsEveryPhoto() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Files.write(shoot.resolve("a.jpg"), TestImages.jpeg(TestImages.portrait(200, 240)));
        Files.write(shoot.resolve("b.jpg"), TestImages.jpeg(TestImages.portrait(210, 250)));
        Files.writeString(shoot.resolve("broken.jpg"), "not a photo");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.BAD_IMAGE, run(null, server.baseUrl(), "beautify", "--engine", "local", "--out-dir",
                out.toString(), shoot.toString()));
        assertTrue(err.strip().endsWith("Done: 2 saved, 1 failed — 3 photos."), err);
        assertEquals(ExitCode.BAD_IMAGE, run(null, server.baseUrl(), "beautify", "--engine", "local", "--out-dir",
                out.toString(), shoot.toString()));
        assertTrue(err.strip().endsWith("Done: 0 saved, 2 skipped (already in the output folder), 1 failed — 3 photos."), err);
    }

    @Test
    void twoPhotosWithOneNameGoingToOneFolderBothArriveUnderDistinctNames() throws Exception {
        Path day1 = Files.createDirectories(dir.resolve("day1")), day2 = Files.createDirectories(dir.resolve("day2"));
        Files.write(day1.resolve("IMG_1.jpg"), TestImages.jpeg(TestImages.portrait(220, 260)));
        Files.write(day2.resolve("IMG_1.jpg"), TestImages.jpeg(TestImages.portrait(230, 260)));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run(null, server.baseUrl(), "beautify", "--engine", "local", "--jobs", "2",
                "--out-dir", out.toString(), day1.resolve("IMG_1.jpg").toString(), day2.resolve("IMG_1.jpg").toString()), err);
        java.util.Set<Integer> widths = new java.util.HashSet<>();
        for (String name : List.of("IMG_1_beauty.jpg", "IMG_1_beauty (2).jpg")) {
            widths.add(javax.imageio.ImageIO.read(out.resolve(name).toFile()).getWidth());
        }
        assertEquals(java.util.Set.of(220, 230), widths, "both photos saved, neither over the other");
        assertTrue(err.contains("Done: 2 saved — 2 photos."), err);
    }

    /**
     * The command line killed with SIGKILL (kill -9) while it polls a paid task, then the same command again: the
     * task journaled when it was accepted is fetched, and nothing is paid a second time.
     */
    @Test
    void killedMidPollThenRunAgainPaysNothingMore() throws Exception {
        server.progress(100_000, 0);
        Path out = dir.resolve("killed.jpg");
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaBinary, "-Dfacebeauty.home=" + dir.resolve("home"), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "dev.facebeauty.Main", "beautify", "--engine", "cloud",
                "--poll-interval", "1", "-o", out.toString(), photo.toString());
        builder.environment().put("AILABAPI_API_KEY", ContractTestServer.VALID_KEY);
        builder.environment().put("AILABAPI_BASE_URL", server.baseUrl().toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile());
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (server.queries() < 2 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(process.isAlive(), "still polling: " + Files.readString(dir.resolve("killed.log")));
            assertEquals(1, server.submits().size(), "one paid task, being polled");
        } finally {
            process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        server.progress(0, 0);
        assertEquals(ExitCode.OK, run("beautify", "--engine", "cloud", "-o", out.toString(), photo.toString()), err);
        assertEquals(1, server.submits().size(), "the same command again fetched the task, paid nothing more");
        assertTrue(err.contains("no credits spent again"), err);
        assertTrue(Files.size(out) > 0);
    }

    /** Every bad input of the probe: the exit code and the sentence a user reads, and nothing paid for. */
    @Test
    void badInputsExitWith3AndASentence() throws Exception {
        byte[] whole = TestImages.jpeg(TestImages.portrait(300, 360));
        Path halfJpeg = Files.write(dir.resolve("half.jpg"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path bomb = Files.write(dir.resolve("bomb.png"), dev.facebeauty.imaging.BadInputTest.png(40_000, 40_000));
        Path folder = Files.createDirectories(dir.resolve("folder.jpg"));
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a photo");
        java.util.Map<Path, String> sentences = new java.util.LinkedHashMap<>();
        sentences.put(halfJpeg, "is incomplete or damaged");
        sentences.put(bomb, "claims to be 40000 × 40000 pixels");
        sentences.put(text, "not a photo Face Beauty Studio can read");
        sentences.put(dir.resolve("never-there.jpg"), "There is no file");
        for (var c : sentences.entrySet()) {
            assertEquals(ExitCode.BAD_IMAGE, run("beautify", "-o", dir.resolve("out-" + c.getKey().getFileName() + ".jpg").toString(),
                    c.getKey().toString()), c.getKey().toString());
            assertTrue(err.contains(c.getValue()), c.getKey() + ": " + err);
        }
        assertEquals(ExitCode.USAGE, run("beautify", "-o", dir.resolve("out-folder.jpg").toString(), folder.toString()));
        assertTrue(err.contains("need --out-dir"), "a folder is a batch: " + err);
        assertEquals(0, server.submits().size(), "nothing was uploaded or paid for");
    }

    @Test
    void anUnusableImageExitsWith3AndIsNeverModified() throws Exception {
        Path corrupt = dir.resolve("corrupt.jpg");
        byte[] bytes = "definitely not a jpeg".getBytes(StandardCharsets.UTF_8);
        Files.write(corrupt, bytes);
        assertEquals(ExitCode.BAD_IMAGE, run("beautify", "-o", dir.resolve("o.jpg").toString(), corrupt.toString()));
        assertTrue(err.contains("not a photo"), err);
        assertArrayEquals(bytes, Files.readAllBytes(corrupt));
    }

    @Test
    void apiErrorsExitWith4WithCodeAndSentence() {
        assertEquals(ExitCode.API_ERROR, run("wrong-key", server.baseUrl(), "beautify", "-o", dir.resolve("o.jpg").toString(), photo.toString()));
        assertTrue(err.contains("ERROR_APPLICATIONS_NOT_EXISTS: The API key is not valid — open Settings and check it."), err);
        assertTrue(err.contains("request_id"), err);

        assertEquals(ExitCode.API_ERROR, run(null, server.baseUrl(), "beautify", "--engine", "cloud", "-o",
                dir.resolve("o.jpg").toString(), photo.toString()));
        assertTrue(err.contains("no API key"), err);
    }

    @Test
    void withoutAKeyTheBuiltInEngineDoesTheJobOffline() throws Exception {
        Path out = dir.resolve("local.jpg");
        assertEquals(ExitCode.OK, run(null, server.baseUrl(), "beautify", "--filter", "Chaplin", "-o", out.toString(), photo.toString()));
        assertTrue(err.contains("(Built-in engine)"), err);
        assertEquals(0, server.submits().size(), "nothing was sent");
        java.awt.image.BufferedImage result = javax.imageio.ImageIO.read(out.toFile());
        java.awt.image.BufferedImage input = javax.imageio.ImageIO.read(photo.toFile());
        assertEquals(input.getWidth(), result.getWidth());
        long redMinusBlue = 0;
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                int rgb = result.getRGB(x, y);
                redMinusBlue += (rgb >> 16 & 255) - (rgb & 255);
            }
        }
        assertTrue(redMinusBlue / (result.getWidth() * result.getHeight()) > 5, "Chaplin is a sepia look: red above blue");
        // The drawn test portrait has no human face: the user is told why only the filter shows.
        assertTrue(err.contains("No face found: only the filter was applied."), err);
        Path plain = dir.resolve("plain.png");
        assertEquals(ExitCode.OK, run(null, server.baseUrl(), "beautify", "--engine", "local", "--whitening", "100",
                "-o", plain.toString(), photo.toString()));
        assertTrue(err.contains("No face found: nothing to retouch, the pixels are unchanged."), err);

        assertEquals(ExitCode.USAGE, run(null, server.baseUrl(), "beautify", "--engine", "gpu", "-o", dir.resolve("gpu.jpg").toString(), photo.toString()));
        assertTrue(err.contains("use cloud or local"), err);
    }

    @Test
    void aDeadNetworkExitsWith5() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(ExitCode.NETWORK, run(ContractTestServer.VALID_KEY, URI.create("http://127.0.0.1:" + port),
                "beautify", "-o", dir.resolve("o.jpg").toString(), photo.toString()));
        assertTrue(err.contains("Could not reach"), err);
        assertFalse(Files.exists(dir.resolve("o.jpg")));
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.startsWith("Face Beauty Studio "), out);
        assertEquals(0, run("beautify", "--help"));
        assertTrue(out.contains("--shrink-face") && out.contains("Exit codes"), out);
        assertTrue(CommandLineApp.handles(new String[]{"beautify"}));
        assertFalse(CommandLineApp.handles(new String[]{"/photos/a.jpg"}));
        assertFalse(CommandLineApp.handles(new String[0]));
    }

    @Test
    void aPresetGivesTheSettingsAndOptionsOverrideIt() throws Exception {
        Path out = dir.resolve("preset.jpg");
        assertEquals(ExitCode.OK, run("beautify", "--preset", "soft glam", "--smoothing", "3", "-o", out.toString(), photo.toString()), err);
        var fields = server.submits().getLast().fields();
        assertEquals("55", fields.get("whitening"), "from the preset");
        assertEquals("3", fields.get("smoothing"), "the option wins");
        assertEquals(String.valueOf(dev.facebeauty.model.FilterType.PEACH_BLOSSOM.id()), fields.get("filter_type"));

        assertEquals(ExitCode.USAGE, run("beautify", "--preset", "No Such Look", "-o", dir.resolve("none.jpg").toString(), photo.toString()));
        assertTrue(err.contains("no preset called"), err);
    }

    @Test
    void aFolderRunsInParallelMirrorsSubfoldersAndSkipsWhatIsDoneOnTheNextRun() throws Exception {
        Path shoot = dir.resolve("shoot");
        Files.createDirectories(shoot.resolve("day2"));
        int width = 200;
        for (String name : List.of("a.jpg", "b.jpg", "day2/c.jpg")) { // three different photos: three paid jobs
            Files.write(shoot.resolve(name), dev.facebeauty.testing.TestImages.jpeg(dev.facebeauty.testing.TestImages.portrait(width, 240)));
            width += 4;
        }
        Files.writeString(shoot.resolve("notes.txt"), "not a photo");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, run("beautify", "--jobs", "3", "-r", "--name", "{name}-retouched.{ext}", "--out-dir",
                out.toString(), shoot.toString()), err);
        assertTrue(Files.isRegularFile(out.resolve("a-retouched.jpg")));
        assertTrue(Files.isRegularFile(out.resolve("b-retouched.jpg")));
        assertTrue(Files.isRegularFile(out.resolve("day2/c-retouched.jpg")), "subfolders mirrored");
        assertEquals(3, server.submits().size());

        Files.delete(out.resolve("b-retouched.jpg"));
        assertEquals(ExitCode.OK, run("beautify", "-r", "--name", "{name}-retouched.{ext}", "--out-dir", out.toString(), shoot.toString()), err);
        assertTrue(Files.isRegularFile(out.resolve("b-retouched.jpg")), "the missing result was made again");
        assertEquals(3, server.submits().size(), "from the cache: no cloud job paid twice");
        assertTrue(err.contains("a.jpg: Result already in"), err);

        assertEquals(ExitCode.USAGE, run("beautify", "--jobs", "0", "--out-dir", out.toString(), shoot.toString()));
        assertEquals(ExitCode.USAGE, run("beautify", "-o", "x.jpg", shoot.toString()), "a folder needs --out-dir");
    }
}
