package org.theorykit.dynamics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** One simulation: the Euler–Maruyama step loop of {@link Langevin} with its buffers and checks. */
final class LangevinLoop {

    private final Langevin settings;
    private final int d;
    private final int n;
    private final double dt;
    private final double noiseScale;
    private final double[][] x;
    private final double[] noise;
    private final double[] point;
    private final double[] gradient;
    private final SplittableRandom random;
    private final Recorder recorder;
    private final int[] startBasin;
    private final double[] escapeTimes;
    private int stillInside;

    LangevinLoop(Langevin settings) {
        this.settings = settings;
        this.d = settings.dimension;
        this.n = settings.particles;
        this.dt = settings.timeStep;
        this.noiseScale = Math.sqrt(2 * settings.temperature * dt);
        this.x = initialPositions(settings);
        this.noise = new double[n];
        this.point = new double[d];
        this.gradient = new double[d];
        this.random = new SplittableRandom(settings.seed);
        this.recorder = new Recorder(d, Math.min(settings.traced, n), settings.basinCount);
        this.escapeTimes = new double[n];
        Arrays.fill(escapeTimes, Double.NaN);
        this.startBasin = settings.trackEscapes ? new int[n] : null;
        if (startBasin != null) {
            for (int i = 0; i < n; i++) {
                startBasin[i] = basinOf(i);
            }
            stillInside = n;
        }
    }

    LangevinRun run(long steps) {
        long begin = System.nanoTime();
        recorder.record(0, x, this::basinOf);
        long step = 0;
        long recorded = 0;
        LangevinRun.Status status = LangevinRun.Status.COMPLETED;
        String message = steps + " steps of dt = " + dt + " at T = " + settings.temperature;
        while (step < steps) {
            if (Thread.currentThread().isInterrupted()) {
                status = LangevinRun.Status.INTERRUPTED;
                message = "interrupted after " + step + " of " + steps + " steps";
                break;
            }
            step++;
            double sum = settings.finiteSum != null ? minibatchStep() : d == 1 ? step1D() : stepND();
            if (!Double.isFinite(sum)) {
                status = LangevinRun.Status.DIVERGED;
                message = divergence(step);
                break;
            }
            if (startBasin != null && stillInside > 0) {
                markEscapes(step * dt);
            }
            if (stillInside == 0 && settings.stopWhenAllEscaped) {
                status = LangevinRun.Status.ALL_ESCAPED;
                message = "every particle left its starting basin by step " + step + " (t = " + step * dt + ")";
                break;
            }
            if (step % settings.recordEvery == 0 && step < steps) {
                recorder.record(step * dt, x, this::basinOf);
                recorded = step;
            }
        }
        if (step > recorded && status != LangevinRun.Status.DIVERGED) {
            recorder.record(step * dt, x, this::basinOf);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new LangevinRun(status, message, step, step * dt, n, x, escapeTimes, recorder.trace(), recorder.occupation(),
                seconds);
    }

    /** One step of all particles in 1-D; returns Σx (non-finite iff some x is, barring overflow of the sum). */
    private double step1D() {
        double[] xs = x[0];
        DoubleUnaryOperator slope = settings.potential1D.derivative();
        for (int i = 0; i < n; i++) {
            noise[i] = random.nextGaussian();
        }
        double s = noiseScale;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double xi = xs[i];
            xi = xi - dt * slope.applyAsDouble(xi) + s * noise[i];
            xs[i] = xi;
            sum += xi;
        }
        return sum;
    }

    private double minibatchStep() {
        double[] xs = x[0];
        FiniteSum1D.Term derivative = settings.finiteSum.derivative();
        int size = settings.finiteSum.size();
        int batch = settings.batchSize;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double xi = xs[i];
            double g = 0;
            for (int b = 0; b < batch; b++) {
                g += derivative.at(random.nextInt(size), xi);
            }
            xi -= dt * g / batch;
            if (noiseScale > 0) {
                xi += noiseScale * random.nextGaussian();
            }
            xs[i] = xi;
            sum += xi;
        }
        return sum;
    }

    private double stepND() {
        Potential.Gradient grad = settings.potential.gradient();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                point[j] = x[j][i];
            }
            grad.evaluate(point, gradient);
            for (int j = 0; j < d; j++) {
                double v = point[j] - dt * gradient[j] + noiseScale * random.nextGaussian();
                x[j][i] = v;
                sum += v;
            }
        }
        return sum;
    }

    private void markEscapes(double time) {
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(escapeTimes[i]) && basinOf(i) != startBasin[i]) {
                escapeTimes[i] = time;
                stillInside--;
            }
        }
    }

    private int basinOf(int particle) {
        int b;
        if (settings.basin1D != null) {
            b = settings.basin1D.applyAsInt(x[0][particle]);
        } else if (settings.basin != null) {
            for (int j = 0; j < d; j++) {
                point[j] = x[j][particle];
            }
            b = settings.basin.applyAsInt(point);
        } else {
            return 0;
        }
        if (b < 0 || b >= settings.basinCount) {
            throw new IllegalArgumentException("the basin classifier returned " + b + " for particle " + particle + " at "
                    + position(particle) + "; expected 0.." + (settings.basinCount - 1));
        }
        return b;
    }

    private String divergence(long step) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[j][i])) {
                    return "diverged at step " + step + " (t = " + step * dt + ") with dt = " + dt + ": particle " + i
                            + " reached " + position(i) + "; reduce dt below ~1/(largest curvature met) or check ∇U";
                }
            }
        }
        return "diverged at step " + step + " with dt = " + dt + ": the positions' sum overflowed; reduce dt";
    }

    private String position(int particle) {
        double[] p = new double[d];
        for (int j = 0; j < d; j++) {
            p[j] = x[j][particle];
        }
        return d == 1 ? "x = " + p[0] : "x = " + Arrays.toString(p);
    }

    private static double[][] initialPositions(Langevin settings) {
        int n = settings.particles;
        double[][] positions = new double[settings.dimension][n];
        if (settings.start == null) {
            return positions;
        }
        int given = settings.start[0].length;
        if (given != 1 && given != n) {
            throw new IllegalArgumentException("start positions hold " + given + " particles but particles = " + n);
        }
        for (int j = 0; j < settings.dimension; j++) {
            if (given == 1) {
                Arrays.fill(positions[j], settings.start[j][0]);
            } else {
                System.arraycopy(settings.start[j], 0, positions[j], 0, n);
            }
        }
        return positions;
    }
}
