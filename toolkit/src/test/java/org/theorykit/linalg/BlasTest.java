package org.theorykit.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.DoubleBuffer;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BlasTest {

    @ParameterizedTest
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void gemmMatchesTheDefinitionForEveryTransposition(boolean ta, boolean tb) {
        int m = 3, n = 4, k = 5;
        Random random = new Random(7);
        double[] a = random.doubles(m * k).toArray();
        double[] b = random.doubles(k * n).toArray();
        double[] c0 = random.doubles(m * n).toArray();
        DoubleBuffer c = Blas.allocate(m * n).put(0, c0);
        Blas.gemm(ta, tb, m, n, k, 2.0, Blas.allocate(m * k).put(0, a), Blas.allocate(k * n).put(0, b), 0.5, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += (ta ? a[l * m + i] : a[i * k + l]) * (tb ? b[j * k + l] : b[l * n + j]);
                }
                assertEquals(2.0 * s + 0.5 * c0[i * n + j], c.get(i * n + j), 1e-12);
            }
        }
    }

    @Test
    void gemmRejectsHeapBuffersAndShortOperands() {
        DoubleBuffer ok = Blas.allocate(4);
        assertThrows(IllegalArgumentException.class, () -> Blas.gemm(false, false, 2, 2, 2, 1, DoubleBuffer.allocate(4), ok, 0, ok));
        assertThrows(IllegalArgumentException.class, () -> Blas.gemm(false, false, 2, 2, 3, 1, ok, ok, 0, ok));
    }
}
