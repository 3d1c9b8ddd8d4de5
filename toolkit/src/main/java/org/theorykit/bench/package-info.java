/**
 * The {@code bench} command: theorykit's workloads timed next to a PyTorch reference
 * ({@link org.theorykit.bench.Benchmarks}), and the choice of BLAS those timings rest on.
 *
 * <p>Which BLAS the toolkit uses rests on measurements of dgemm through every route (Smile on arrays and on
 * direct buffers, bytedeco, Debian's OpenBLAS, PyTorch, a plain Java loop); they are in
 * {@code toolkit/bench/README.md}, section "Which BLAS, measured". In short: Smile's bundled OpenBLAS 0.3.26
 * recognises the CPU and reaches the machine's ceiling, while a {@code double[]} passed through JavaCPP is
 * copied in and out per call, which costs most on thin products.
 *
 * <h2>Decision</h2>
 * <ul>
 * <li>Keep Smile's bundled OpenBLAS 0.3.26: it reaches the machine's ceiling with no flags, and it does
 *     not depend on what the host installed. Do not set {@code org.bytedeco.openblas.load}.</li>
 * <li>Models keep large operands in direct buffers and multiply through {@link org.theorykit.linalg.Blas#gemm}
 *     (Smile's {@code DoubleBuffer} overload, zero-copy), never {@code BLAS.engine.gemm} on {@code double[]}.</li>
 * <li>The launcher and the kernel spec export {@code OPENBLAS_NUM_THREADS=2} (the core count; OpenBLAS reads it
 *     once at load, and it covers both mapped copies) and run Java with {@code -Xmx1g}. Nothing else is
 *     needed; {@code OPENBLAS_VERBOSE=2} shows the chosen core when in doubt.</li>
 * <li>Should the system library ever be wanted (say, a newer distribution OpenBLAS), JavaCPP loads it with
 *     {@code -Dorg.bytedeco.javacpp.pathsFirst=true -Dorg.bytedeco.openblas.load=openblas
 *     -Djava.library.path=/usr/lib/x86_64-linux-gnu/openblas-pthread}; on this machine it then also needs
 *     {@code OPENBLAS_CORETYPE=SkylakeX}, and gains nothing.</li>
 * <li>The PyTorch reference runs at its best, too: when its OpenBLAS reports a generic core on an AVX2 or
 *     AVX-512 CPU, {@code pytorch_reference.py} re-executes itself with {@code OPENBLAS_CORETYPE} set
 *     (SkylakeX or Haswell), and with {@code OMP_WAIT_POLICY=PASSIVE}, without which torch's spinning
 *     OpenMP threads and OpenBLAS's threads (4 on 2 cores) made an A epoch vary from 0.4 s to over 10 s.
 *     Values already in the environment are left alone.</li>
 * </ul>
 *
 * <h2>Timing</h2>
 * Each workload is set up untimed, run {@code --warmup} times untimed, then {@code --repeats} (≥ 5) times
 * timed; the report gives the median, minimum and maximum, the PyTorch median measured the same way in a
 * subprocess right after, their ratio, GFLOP/s where a workload counts its flops, and the peak heap.
 * Two cores are shared with other work, so single runs are noisy; compare medians and ratios.
 */
package org.theorykit.bench;
