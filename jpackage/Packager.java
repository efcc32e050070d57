import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Packages Face Beauty Studio from what {@code mvn package} left in {@code target/}: a trimmed Java runtime (jlink),
 * the app image with a class-data-sharing archive (jpackage), and with {@code installers=true} this OS's installers:
 * {@code .deb} and {@code .rpm} on Linux, {@code .msi} on Windows, {@code .dmg} on macOS.
 *
 * <p>Run by Maven's package phase ({@code pom.xml} passes {@code key=value} arguments); written in Java rather than a
 * shell script so that the one file serves all three systems. It calls jlink and jpackage in-process through
 * {@link ToolProvider}, so it needs nothing but the JDK that runs the build.
 */
public final class Packager {

    static final String DISPLAY_NAME = "Face Beauty Studio";
    static final String VENDOR = "Face Beauty Studio";
    static final String DESCRIPTION = "Portrait retouching for photographers: AILabTools Face Beauty Pro or the built-in engine";
    static final String COPYRIGHT = "Copyright 2026 the Face Beauty Studio developers";
    static final String AOT_CACHE = "face-beauty-studio.aot";
    static final String LOCALES = "en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,hu,ro,el,tr,ru,uk,ja,zh,ko";
    /** Fixed forever: Windows Installer recognises later versions as upgrades of this product by this code. */
    static final String WINDOWS_UPGRADE_UUID = "5d0f7b5e-2f39-4a8c-9a51-6b0e3c1f7a42";

    enum Os {
        LINUX, MAC, WINDOWS;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("win") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    private final Map<String, String> config;
    private final Os os = Os.current();
    private final Path target;
    private final Path project;

    private Packager(Map<String, String> config) {
        this.config = config;
        this.target = Path.of(required("target")).toAbsolutePath();
        this.project = Path.of(required("project")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            config.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        try {
            new Packager(config).run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("Packaging failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Path input = stageInput();
        Path runtime = linkRuntime();
        Path appImage = createAppImage(input, runtime);
        recordAotCache(appImage);
        System.out.printf("App image: %s (%s)%n", appImage, megabytes(sizeOf(appImage)));
        if (Boolean.parseBoolean(config.getOrDefault("installers", "false"))) {
            for (String type : installerTypes()) {
                createInstaller(type, appImage);
            }
        }
    }

    /** The app jar and its libraries, fresh each time so that no jar from an earlier build slips in. */
    private Path stageInput() throws IOException {
        Path input = clean(target.resolve("jpackage/input"));
        Files.copy(target.resolve(required("appJar")), input.resolve(required("appJar")));
        try (Stream<Path> libraries = Files.list(target.resolve("jpackage/libs"))) {
            for (Path jar : libraries.toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()));
            }
        }
        return input;
    }

    /**
     * The JDK and JavaFX modules only (the libraries include automatic modules, which jlink refuses; they go on the
     * class path). No base CDS archive: the app's AOT cache (below) holds the JDK's classes as well.
     *
     * <p>The module image is left uncompressed: the installers compress it far better as a whole (16 MB in the .deb
     * instead of 36 MB with {@code --compress zip-6}), and classes load without inflating. Locale data is limited to
     * widely used languages (the UI is English; this only affects number and date formats), which saves 23 MB.
     */
    private Path linkRuntime() throws IOException {
        // Only the platform jars (with an OS classifier) are real JavaFX modules; the others are empty placeholders.
        Path javafx = clean(target.resolve("jlink/javafx-platform"));
        try (Stream<Path> jars = Files.list(target.resolve("jlink/javafx"))) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().matches(".*-\\d+(\\.\\d+)*-[a-z0-9-]+\\.jar")).toList()) {
                Files.copy(jar, javafx.resolve(jar.getFileName()));
            }
        }
        Path runtime = target.resolve("jlink/runtime");
        deleteTree(runtime);
        tool("jlink", List.of(
                "--module-path", javafx.toString(),
                "--add-modules", required("modules"),
                "--include-locales", LOCALES,
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()));
        return runtime;
    }

    private Path createAppImage(Path input, Path runtime) throws IOException {
        Path dist = clean(target.resolve("dist"));
        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", appName(),
                "--app-version", required("version"),
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", COPYRIGHT,
                "--input", input.toString(),
                "--main-jar", required("appJar"),
                "--main-class", required("mainClass"),
                "--runtime-image", runtime.toString(),
                "--icon", icon().toString(),
                "--dest", dist.toString()));
        for (String option : javaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        if (os == Os.WINDOWS) {
            args.addAll(List.of("--add-launcher",
                    required("name") + "=" + project.resolve("jpackage/windows/console-launcher.properties")));
        }
        args.addAll(List.of("--add-launcher", required("name") + "-edit-in-place=" + editInPlaceLauncher()));
        if (os == Os.MAC) {
            // The Info.plist (bundle id, document types) is written with the app image, not with the .dmg.
            args.addAll(macBundleOptions());
            args.addAll(fileAssociations());
        }
        tool("jpackage", args);
        Path image = dist.resolve(os == Os.MAC ? appName() + ".app" : appName());
        if (os == Os.LINUX) {
            replaceLinuxLaunchers(image);
        }
        return image;
    }

    /**
     * jpackage's Linux launcher runs rpm and dpkg (rpm -qf, dpkg -S, dpkg -L, twice over) before every start to find
     * out whether a package installed it: 0.15 s from the app image, more installed. A shell launcher that reads the
     * same .cfg starts the same JVM without them; the .cfg files stay the one place for the class path and options.
     */
    private void replaceLinuxLaunchers(Path image) throws IOException {
        Path script = project.resolve("jpackage/linux-launcher.sh");
        for (String launcher : List.of(appName(), appName() + "-edit-in-place")) {
            Path file = image.resolve("bin").resolve(launcher);
            if (!Files.isRegularFile(image.resolve("lib/app").resolve(launcher + ".cfg"))) {
                throw new IllegalStateException("jpackage wrote no " + launcher + ".cfg");
            }
            Files.copy(script, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A second launcher, {@code face-beauty-studio-edit-in-place}, for Lightroom Classic's and Capture One's Edit In:
     * they start an external editor with the photo's path alone, and this launcher's name tells the app to save the
     * result back over it (the app reads its name from {@code jpackage.app-path}). Same runtime, options and AOT cache;
     * no menu entry or shortcut of its own.
     */
    private Path editInPlaceLauncher() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "description=Face Beauty Studio, saving back to the photo it is given (Edit In from Lightroom Classic, Capture One)"));
        switch (os) {
            case WINDOWS -> lines.addAll(List.of("win-console=false", "win-shortcut=false", "win-menu=false"));
            case LINUX -> lines.add("linux-shortcut=false");
            case MAC -> { }
        }
        Path file = target.resolve("jpackage/edit-in-place.properties");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        return file;
    }

    /**
     * Options of the installed launcher. {@code --enable-native-access}: JavaFX and JNA (keychain) load native code,
     * which JDK 25 otherwise warns about. The AOT cache (JDK 25's class-data sharing: classes pre-parsed, pre-linked
     * and profiled) halves the start-up; should it ever not match the runtime, the JVM starts without it, and the
     * {@code -Xlog} options keep that from printing errors in front of command-line users.
     */
    private List<String> javaOptions() {
        return List.of(
                "--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "-XX:AOTCache=$APPDIR/" + AOT_CACHE,
                "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Xss2m");
    }

    /**
     * The time every jar of the app image carries, in seconds since 1970. The JVM uses the AOT cache only with the very
     * jars it was trained on, which it tells by their size and modification time; jpackage's installers copy the image
     * and stamp the copies with the time of the copy, so the training run and the installed app see the same fixed
     * time instead: set here before training, and again by the .deb's postinst ({@code @JAR_TIME@}).
     */
    static final long JAR_TIME = 1_767_225_600L; // 2026-01-01T00:00:00Z

    /**
     * A training run of the packaged app until its first frame, with the launcher's own class path and options, so
     * that the JVM writes the AOT cache of everything the start-up loads and links (JEP 483, 514, 515); before the
     * window, the run does a built-in beautify from the command line, so the cache also serves that (AotTraining). Without a
     * display (CI), JavaFX's Headless platform stands in for the windowing classes; the rest is the same.
     */
    private void recordAotCache(Path appImage) throws IOException, InterruptedException {
        Path appDir = switch (os) {
            case LINUX -> appImage.resolve("lib/app");
            case MAC -> appImage.resolve("Contents/app");
            case WINDOWS -> appImage.resolve("app");
        };
        Path runtimeHome = switch (os) {
            case LINUX -> appImage.resolve("lib/runtime");
            case MAC -> appImage.resolve("Contents/runtime/Contents/Home");
            case WINDOWS -> appImage.resolve("runtime");
        };
        Path javaCommand = runtimeHome.resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        List<String> classPath = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(javaCommand.toString()));
        for (String line : Files.readAllLines(appDir.resolve(appName() + ".cfg"))) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:AOTCache=")) {
                command.add(value);
            }
        }
        try (Stream<Path> jars = Files.list(appDir)) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(JAR_TIME, TimeUnit.SECONDS));
            }
        }
        Path cache = appDir.resolve(AOT_CACHE);
        Path home = Files.createTempDirectory("face-beauty-studio-training");
        // facebeauty.aotTraining: a built-in beautify from the command line first, so the cache serves it too.
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dfacebeauty.home=" + home, "-Dfacebeauty.aotTraining=true"));
        if (os == Os.LINUX && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath),
                required("mainClass"), "--exit-after-first-frame"));
        Path log = target.resolve("jpackage/aot-training.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        deleteTree(home);
        if (!finished) {
            process.destroyForcibly();
            throw new IllegalStateException("The AOT training run did not finish; see " + log);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("The AOT training run failed (exit " + process.exitValue() + "); see " + log);
        }
        System.out.printf("AOT cache: %s (%s)%n", cache.getFileName(), megabytes(Files.size(cache)));
    }

    /** jpackage/linux as it is, with the jars' time written into the postinst. */
    private Path linuxResources(Path source) throws IOException {
        Path resources = clean(target.resolve("jpackage/linux-resources"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, resources.resolve(file.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path postinst = resources.resolve("postinst");
        Files.writeString(postinst, Files.readString(postinst).replace("@JAR_TIME@", Long.toString(JAR_TIME)));
        return resources;
    }

    private List<String> installerTypes() {
        return switch (os) {
            case WINDOWS -> List.of("msi");
            case MAC -> List.of("dmg");
            case LINUX -> {
                List<String> types = new ArrayList<>();
                if (onPath("dpkg-deb") && onPath("fakeroot")) {
                    types.add("deb");
                } else {
                    System.out.println("Skipping .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot).");
                }
                if (onPath("rpmbuild")) {
                    types.add("rpm");
                } else {
                    System.out.println("Skipping .rpm: rpmbuild is needed (apt-get install rpm, or dnf install rpm-build).");
                }
                yield types;
            }
        };
    }

    private void createInstaller(String type, Path appImage) throws IOException {
        Path dest = target.resolve("installer");
        Files.createDirectories(dest);
        List<String> args = new ArrayList<>(List.of(
                "--type", type,
                "--app-image", appImage.toString(),
                "--name", appName(),
                "--app-version", required("version"),
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", COPYRIGHT,
                "--license-file", project.resolve("LICENSE").toString(),
                "--icon", icon().toString(), // else the Linux menu entry gets jpackage's default coffee cup
                "--dest", dest.toString()));
        Path resources = project.resolve("jpackage").resolve(os.name().toLowerCase(Locale.ROOT));
        if (os == Os.LINUX) {
            resources = linuxResources(resources);
        }
        if (Files.isDirectory(resources)) {
            args.addAll(List.of("--resource-dir", resources.toString()));
        }
        switch (os) {
            case LINUX -> {
                // "Open with": the desktop entry in jpackage/linux declares image/jpeg and image/png with Exec=… %F.
                // jpackage's own --file-associations would also re-register those standard MIME types system-wide.
                args.addAll(List.of(
                        "--linux-package-name", appName(),
                        "--linux-deb-maintainer", "support@facebeauty.dev",
                        "--linux-menu-group", "Graphics;Photography;",
                        "--linux-app-category", "graphics",
                        "--linux-rpm-license-type", "MIT",
                        "--linux-shortcut"));
            }
            case WINDOWS -> {
                args.addAll(fileAssociations());
                args.addAll(List.of(
                        "--win-menu", "--win-menu-group", DISPLAY_NAME,
                        "--win-shortcut", "--win-shortcut-prompt",
                        "--win-per-user-install", "--win-dir-chooser",
                        "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                        "--about-url", "https://facebeauty.dev"));
            }
            case MAC -> args.addAll(macBundleOptions());
        }
        tool("jpackage", args);
        try (Stream<Path> made = Files.list(dest)) {
            made.filter(p -> p.getFileName().toString().endsWith("." + type))
                    .forEach(p -> System.out.printf("Installer: %s (%s)%n", p, megabytes(sizeOf(p))));
        }
    }

    private List<String> macBundleOptions() {
        return List.of(
                "--mac-package-identifier", "dev.facebeauty.studio",
                "--mac-package-name", DISPLAY_NAME,
                "--mac-app-category", "public.app-category.photography");
    }

    /** "Open with Face Beauty Studio" for JPEG and PNG on Windows and macOS; the file arrives as a launcher argument. */
    private List<String> fileAssociations() {
        List<String> args = new ArrayList<>();
        for (String name : List.of("jpeg", "png")) {
            args.addAll(List.of("--file-associations", project.resolve("jpackage/associations/" + name + ".properties").toString()));
        }
        return args;
    }

    /** Linux keeps the command-line friendly name (launcher, package, /opt folder); the others show the real one. */
    private String appName() {
        return os == Os.LINUX ? required("name") : DISPLAY_NAME;
    }

    private Path icon() {
        String file = switch (os) {
            case WINDOWS -> "face-beauty-studio.ico";
            case MAC -> "face-beauty-studio.icns";
            case LINUX -> "face-beauty-studio-256.png";
        };
        return project.resolve("icons").resolve(file);
    }

    private void tool(String name, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        System.out.println("> " + name + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        int status = provider.run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException(name + " failed with exit code " + status);
        }
    }

    private String required(String key) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return value;
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static Path clean(Path dir) throws IOException {
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long sizeOf(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
