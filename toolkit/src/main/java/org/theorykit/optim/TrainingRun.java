package org.theorykit.optim;

import java.util.Optional;
import java.util.function.Consumer;
import org.theorykit.objective.Objective;
import tech.tablesaw.api.Table;

/**
 * One training run: the step loop with its reused buffers, divergence and interrupt checks, the
 * per-epoch stop rules and the history. The inner loop allocates nothing. Started from an
 * {@link OptimizerState}, it carries on with that run's counters, update state, batch order, divergence
 * limit and history.
 */
final class TrainingRun {

    private final String name;
    private final Objective objective;
    private final double[] theta;
    private final BatchSampler sampler;
    private final UpdateRule update;
    private final LearningRateSchedule schedule;
    private final StopRule stopRule;
    private final Consumer<EpochState> onEpoch;
    private final int fullLossEvery;
    private final double divergenceFactor;
    private final double[] gradient;
    private final double[] previous;
    private final History history;
    private final long startNanos = System.nanoTime();
    private final double secondsBefore;
    private final boolean continued;
    private final int parameterCount;

    private long step;
    private int epoch;
    private double lossLimit;
    private double lastRate;
    private int stepsInEpoch;
    private boolean insideEpoch;
    private double lossSum;
    private double gradientNormSum;

    /**
     * {@code name} (the optimizer's configuration) titles the history table; {@code from} is the state of
     * the run this one continues, or null for a fresh run.
     */
    TrainingRun(String name, Objective objective, double[] theta, BatchSampler sampler, UpdateRule update,
                LearningRateSchedule schedule, StopRule stopRule, Consumer<EpochState> onEpoch,
                int fullLossEvery, double divergenceFactor, OptimizerState from) {
        this.name = name;
        this.objective = objective;
        this.theta = theta;
        this.sampler = sampler;
        this.update = update;
        this.schedule = schedule;
        this.stopRule = stopRule;
        this.onEpoch = onEpoch;
        this.fullLossEvery = fullLossEvery;
        this.divergenceFactor = divergenceFactor;
        this.gradient = new double[theta.length];
        this.previous = theta.clone();
        this.parameterCount = theta.length;
        this.continued = from != null;
        this.history = continued ? new History(from.history()) : new History();
        this.secondsBefore = continued ? from.seconds() : 0;
        if (continued) {
            this.epoch = from.epoch();
            this.step = from.step();
            this.lossLimit = from.lossLimit();
        }
    }

    TrainingResult run() {
        double initialLoss = continued ? 0 : recordInitialState();
        if (!Double.isFinite(initialLoss)) {
            return result(Status.DIVERGED, "the loss at theta0 is " + initialLoss + "; check the model and the data");
        }
        long maxSteps = stopRule.maxSteps();
        int batches = sampler.batchesPerEpoch();
        while (true) {
            if (step >= maxSteps) {
                return finalLossChecked(batches).orElseGet(() -> result(Status.MAX_STEPS, "reached maxSteps = " + maxSteps));
            }
            sampler.startEpoch(epoch);
            update.startEpoch(epoch);
            insideEpoch = true;
            stepsInEpoch = 0;
            lossSum = 0;
            gradientNormSum = 0;
            for (int b = 0; b < batches; b++) {
                if (Thread.currentThread().isInterrupted()) {
                    return stopInsideEpoch(Status.INTERRUPTED, "interrupted at step " + step + " (epoch " + epoch
                            + "); theta and history are as of that step", batches);
                }
                if (step >= maxSteps) {
                    return finalLossChecked(batches).orElseGet(
                            () -> stopInsideEpoch(Status.MAX_STEPS, "reached maxSteps = " + maxSteps, batches));
                }
                double rate = schedule.rate(epoch, step);
                if (!(rate > 0) || !Double.isFinite(rate)) {
                    throw new IllegalArgumentException("learning rate schedule must give finite rates > 0, got "
                            + rate + " at epoch " + epoch + ", step " + step);
                }
                sampler.prepareBatch();
                double loss = objective.lossAndGradient(theta, sampler.indices(), sampler.from(b), sampler.to(b), gradient);
                double gradientNorm = norm(gradient);
                if (!Double.isFinite(loss) || loss > lossLimit || !Double.isFinite(gradientNorm)) {
                    return diverged(String.format("minibatch loss = %.6g (limit %.3g), gradient norm = %.6g",
                            loss, lossLimit, gradientNorm), step == 0 ? rate : lastRate, batches);
                }
                lossSum += loss;
                gradientNormSum += gradientNorm;
                stepsInEpoch++;
                lastRate = rate;
                System.arraycopy(theta, 0, previous, 0, theta.length);
                update.apply(theta, gradient, rate);
                step++;
            }
            if (!allFinite(theta)) {
                return diverged("theta became non-finite", lastRate, batches);
            }
            epoch++;
            insideEpoch = false;
            EpochState state = new EpochState(epoch, step, lossSum / stepsInEpoch, lastRate,
                    gradientNormSum / stepsInEpoch, seconds(), theta, objective::loss);
            if (fullLossEvery > 0 && epoch % fullLossEvery == 0) {
                state.fullLoss();
            }
            onEpoch.accept(state);
            Optional<StopRule.Stop> stop = stopRule.check(state);
            history.add(state);
            if (stop.isPresent()) {
                stepsInEpoch = 0;  // this epoch is in the history already
                return finalLossChecked(batches).orElseGet(() -> result(stop.get().status(), stop.get().reason()));
            }
        }
    }

    /**
     * The loss is checked before each update, so the last update's effect is seen only here: a run
     * that stops with L(θ) non-finite or above the divergence limit is DIVERGED, not a success.
     */
    private Optional<TrainingResult> finalLossChecked(int batches) {
        double loss = objective.loss(theta);
        if (Double.isFinite(loss) && loss <= lossLimit) {
            return Optional.empty();
        }
        return Optional.of(diverged(String.format("the loss after the final step = %.6g (limit %.3g)", loss, lossLimit),
                lastRate, batches));
    }

    /** Row 0: full-data loss and gradient norm at θ₀; sets the divergence limit. */
    private double recordInitialState() {
        int[] all = new int[objective.exampleCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double loss = objective.lossAndGradient(theta, all, 0, all.length, gradient);
        lossLimit = divergenceFactor * Math.max(1, Math.abs(loss));
        history.add(0, 0, loss, schedule.rate(0, 0), norm(gradient), seconds(), loss);
        return loss;
    }

    private TrainingResult diverged(String what, double rate, int batches) {
        System.arraycopy(previous, 0, theta, 0, theta.length);
        String message = String.format("diverged at step %d (epoch %d) with learning rate %s: %s. "
                + "theta is the last iterate with a finite loss in range; try a smaller learning rate",
                step, epoch, rate, what);
        return stopInsideEpoch(Status.DIVERGED, message, batches);
    }

    private TrainingResult stopInsideEpoch(Status status, String message, int batches) {
        if (stepsInEpoch > 0) {
            history.add(epoch + (double) stepsInEpoch / batches, step, lossSum / stepsInEpoch, lastRate,
                    gradientNormSum / stepsInEpoch, seconds(), Double.NaN);
        }
        return result(status, message);
    }

    private TrainingResult result(Status status, String message) {
        Table table = history.table(name);
        OptimizerState state = new OptimizerState(name, parameterCount, objective.exampleCount(), update, sampler, epoch,
                step, lossLimit, seconds(), insideEpoch, table);
        return new TrainingResult(theta, status, message, step, epoch, table, state);
    }

    /** Wall time of the run, including the runs it continues. */
    private double seconds() {
        return secondsBefore + (System.nanoTime() - startNanos) * 1e-9;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
