package org.theorykit.linalg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Dense matrix products on the OpenBLAS that Smile bundles, without copying operands.
 *
 * <p>Smile's {@code BLAS.engine.gemm} on {@code double[]} goes through JNI
 * {@code Get/ReleaseDoubleArrayElements}, which on HotSpot copies all three arrays in and out on every
 * call, which costs most on thin products such as those of a wide layer. Operands kept in direct,
 * native-order buffers ({@link #allocate}) are passed by address instead. The measured rates are in
 * {@code toolkit/bench/README.md} ("Which BLAS, measured").
 */
public final class Blas {

    private Blas() {
    }

    /** A zeroed direct buffer of {@code length} doubles in native byte order, which {@link #gemm} reads in place. */
    public static DoubleBuffer allocate(int length) {
        if (length < 0 || length > Integer.MAX_VALUE / Double.BYTES) {
            throw new IllegalArgumentException("length = " + length + "; accepted: 0 to " + Integer.MAX_VALUE / Double.BYTES);
        }
        return ByteBuffer.allocateDirect(length * Double.BYTES).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    /**
     * C ← α·op(A)·op(B) + β·C, all matrices row-major and densely packed from index 0 of direct buffers,
     * where op(X) is Xᵀ when the matching flag is set, op(A) is m×k, op(B) is k×n and C is m×n.
     */
    public static void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                            double alpha, DoubleBuffer a, DoubleBuffer b, double beta, DoubleBuffer c) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("m, n, k = " + m + ", " + n + ", " + k + "; accepted: each ≥ 0");
        }
        requireOperand("a", a, (long) m * k);
        requireOperand("b", b, (long) k * n);
        requireOperand("c", c, (long) m * n);
        BLAS.engine.gemm(Layout.ROW_MAJOR, op(transposeA), op(transposeB), m, n, k,
                alpha, a, transposeA ? m : k, b, transposeB ? k : n, beta, c, n);
    }

    /**
     * Which BLAS this process runs: the native OpenBLAS files mapped into it and the thread setting.
     * OpenBLAS reads {@code OPENBLAS_NUM_THREADS} once, when it loads; unset, it uses every core.
     */
    public static String describe() {
        Loader.load(openblas.class);
        String libraries;
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            libraries = lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(file -> Path.of(file).getFileName() != null
                            && Path.of(file).getFileName().toString().matches("libopenblas.*\\.so.*"))
                    .distinct().collect(Collectors.joining(", "));
        } catch (IOException | RuntimeException e) {
            libraries = "unknown (no /proc/self/maps)";
        }
        String threads = System.getenv("OPENBLAS_NUM_THREADS");
        return "BLAS: " + libraries + "; OPENBLAS_NUM_THREADS="
                + (threads == null ? "unset (all " + Runtime.getRuntime().availableProcessors() + " cores)" : threads)
                + "; OPENBLAS_CORETYPE=" + System.getenv().getOrDefault("OPENBLAS_CORETYPE", "unset (detected at load)");
    }

    /**
     * The OpenBLAS thread count of this process: {@code OPENBLAS_NUM_THREADS}, or the core count when
     * it is unset or not a number. Sums in BLAS calls depend on it in the last bits.
     */
    public static int threads() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("OPENBLAS_NUM_THREADS", "").trim());
        } catch (NumberFormatException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static Transpose op(boolean transpose) {
        return transpose ? Transpose.TRANSPOSE : Transpose.NO_TRANSPOSE;
    }

    private static void requireOperand(String name, DoubleBuffer buffer, long elements) {
        if (buffer == null || !buffer.isDirect() || buffer.order() != ByteOrder.nativeOrder() || buffer.position() != 0) {
            throw new IllegalArgumentException(name + " = " + buffer
                    + "; accepted: a direct native-order buffer at position 0, as Blas.allocate returns");
        }
        if (buffer.capacity() < elements) {
            throw new IllegalArgumentException(name + " holds " + buffer.capacity() + " doubles; accepted: at least " + elements);
        }
    }
}
