/**
 * The {@code bench} command: theorykit's workloads timed next to a PyTorch reference
 * ({@link org.theorykit.bench.Benchmarks}), and the choice of BLAS those timings rest on.
 *
 * <h2>Which BLAS, measured (2026-11, the 2-core KVM guest the project builds on)</h2>
 * CPU: "Intel Xeon Processor", family 6 model 207 (Emerald Rapids), AVX2, FMA and AVX-512F; 2 cores at a
 * nominal 2.3 GHz. Two 512-bit FMA units give 32 double flops per cycle, so the nominal peak is
 * 2 × 2.3 GHz × 32 ≈ 147 GFLOP/s; one thread already reaches 79 GFLOP/s, so the cores turbo above 2.3 GHz.
 * dgemm of two 2000×2000 matrices, medians of 7:
 * <table>
 * <caption>dgemm 2000×2000, double</caption>
 * <tr><th>route</th><th>GFLOP/s</th></tr>
 * <tr><td>Smile {@code BLAS.engine.gemm} on {@code double[]} (bundled OpenBLAS)</td><td>110</td></tr>
 * <tr><td>bytedeco {@code cblas_dgemm} on {@code DoublePointer}, or Smile's gemm on direct buffers</td><td>157–160</td></tr>
 * <tr><td>the same, 1 thread</td><td>79</td></tr>
 * <tr><td>Debian libopenblas0-pthread 0.3.21 loaded by JavaCPP, as detected</td><td>32</td></tr>
 * <tr><td>the same with {@code OPENBLAS_CORETYPE=SkylakeX}</td><td>155–162</td></tr>
 * <tr><td>PyTorch 1.13 {@code torch.mm}, float64, 2 threads, as installed</td><td>32</td></tr>
 * <tr><td>the same with {@code OPENBLAS_CORETYPE=SkylakeX}</td><td>147</td></tr>
 * <tr><td>plain Java triple loop (i-k-j order; i-j-k is half that)</td><td>2.5–3</td></tr>
 * </table>
 *
 * <p>Smile 3.1.1's {@code BLAS.engine} is {@code smile.math.blas.openblas.OpenBLAS}, which calls bytedeco's
 * OpenBLAS 0.3.26 from {@code openblas-0.3.26-1.5.10-linux-x86_64.jar} (unpacked to
 * {@code ~/.javacpp/cache}; both {@code libopenblas.so.0} and {@code libopenblas_nolapack.so.0} are mapped).
 * Its {@code openblas_get_config()} reads "OpenBLAS 0.3.26 DYNAMIC_ARCH NO_AFFINITY Cooperlake MAX_THREADS=64":
 * it recognises the CPU, picks its AVX-512 kernels and starts one thread per core (2). The Java bindings
 * omit {@code openblas_get_config/corename/num_threads}; {@code OPENBLAS_VERBOSE=2} prints the core at load.
 * Debian's 0.3.21 does not know model 207 and falls back to SSE3 "Prescott" kernels at a fifth of the
 * rate; PyTorch links exactly that library.
 *
 * <p>What falls short is not the library but the call: JavaCPP passes a {@code double[]} through
 * {@code Get/ReleaseDoubleArrayElements}, which on HotSpot copies every operand in and back out per call.
 * That costs a third of the 2000×2000 rate and far more on the thin products of workloads C and D:
 * 1000×50 · 50×4000 runs at 17 GFLOP/s from arrays and 74 from direct buffers; 4000×1000 · 1000×50 at
 * 37 vs 71; a batch-64 layer of A (64×8 · 8×1000) takes 60 µs vs 17 µs.
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
