package org.theorykit.optim;

import org.theorykit.Arguments;
import java.util.function.Consumer;
import org.theorykit.Seeds;
import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.Objective;

/**
 * A configured method (GD, SGD, momentum, Nesterov, Adam, SGLD; full-batch Newton and saddle-free
 * Newton on a {@link HessianObjective}) that trains an {@link Objective}; create one with {@link Optimizers}. Setters return this for chaining and check
 * their argument at once. {@link #train} never changes the configuration, so an optimizer can be
 * reused; the same seed gives a bit-identical θ.
 *
 * <p>Two ways to train: {@link #train(Objective, double[], StopRule)} starts afresh from θ₀ (zero
 * momentum, zero Adam moments, step count 0); {@link #train(Objective, TrainingResult, StopRule)} continues
 * an earlier run with its optimizer state, so 10 epochs and then 10 more give the θ of 20 epochs bit for
 * bit. Randomness: the batch order of epoch e is drawn from {@code Seeds.derive(seed, "batches", e)} and
 * SGLD's noise from {@code Seeds.derive(seed, "noise", e)}.
 */
public final class Optimizer {

    enum Method { SGD, ADAM, SGLD, NEWTON, SADDLE_FREE_NEWTON }

    private static final int DEFAULT_BATCH_SIZE = 32;
    private static final int FULL_BATCH = 0;

    private final Method method;
    private LearningRateSchedule schedule;
    private int batchSize = -1;
    private boolean withReplacement;
    private double momentum;
    private boolean nesterov;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-8;
    private double temperature;
    private double damping = 1e-3;
    private double trustRadius = 1.0;
    private double maxTrustRadius = 1e3;
    private int krylovDimension = 200;
    private long seed;
    private int fullLossEvery;
    private double divergenceFactor = 1e8;
    private Consumer<EpochState> onEpoch = state -> { };
    private TrainingListener listener;
    private boolean[] keep;

    Optimizer(Method method, double learningRate) {
        this.method = method;
        this.schedule = Schedules.constant(learningRate);
    }

    /** Replaces the constant learning rate by a schedule, see {@link Schedules}. */
    public Optimizer schedule(LearningRateSchedule schedule) {
        if (schedule == null) {
            throw new IllegalArgumentException("schedule must not be null");
        }
        this.schedule = schedule;
        return this;
    }

    /** Examples per step, in [1, n]; n gives full-batch steps. */
    public Optimizer batchSize(int batchSize) {
        Arguments.atLeast("batchSize", batchSize, 1);
        this.batchSize = batchSize;
        return this;
    }

    /** One step per epoch on all n examples (gradient descent). */
    public Optimizer fullBatch() {
        this.batchSize = FULL_BATCH;
        return this;
    }

    /** Draws each batch uniformly with replacement instead of from a per-epoch shuffle. */
    public Optimizer withReplacement(boolean withReplacement) {
        this.withReplacement = withReplacement;
        return this;
    }

    /** Heavy-ball momentum μ ∈ [0, 1) (SGD only). */
    public Optimizer momentum(double momentum) {
        requireMethod(Method.SGD, "momentum");
        this.momentum = Arguments.halfOpen("momentum", momentum, 0, 1);
        this.nesterov = false;
        return this;
    }

    /** Nesterov momentum μ ∈ [0, 1) (SGD only). */
    public Optimizer nesterov(double momentum) {
        requireMethod(Method.SGD, "nesterov momentum");
        this.momentum = Arguments.halfOpen("nesterov momentum", momentum, 0, 1);
        this.nesterov = true;
        return this;
    }

    /** Adam's decay rates β₁, β₂ ∈ [0, 1). */
    public Optimizer betas(double beta1, double beta2) {
        requireMethod(Method.ADAM, "betas");
        this.beta1 = Arguments.halfOpen("beta1", beta1, 0, 1);
        this.beta2 = Arguments.halfOpen("beta2", beta2, 0, 1);
        return this;
    }

    /** Adam's ε &gt; 0 in the denominator. */
    public Optimizer epsilon(double epsilon) {
        requireMethod(Method.ADAM, "epsilon");
        this.epsilon = Arguments.positiveFinite("epsilon", epsilon);
        return this;
    }

    /** SGLD temperature T ≥ 0. */
    public Optimizer temperature(double temperature) {
        requireMethod(Method.SGLD, "temperature");
        this.temperature = Arguments.nonNegativeFinite("temperature", temperature);
        return this;
    }

    /** Newton / saddle-free Newton: curvature floor μ &gt; 0, |λ| is replaced by max(|λ|, μ); default 1e-3. */
    public Optimizer damping(double damping) {
        requireSecondOrder("damping");
        this.damping = Arguments.positiveFinite("damping", damping);
        return this;
    }

    /**
     * Newton / saddle-free Newton: the initial trust radius Δ₀ of the adaptive trust region (Nocedal &amp;
     * Wright, Algorithm 4.1: Δ shrinks to Δ/4 after a poor step, doubles after a good one on the
     * boundary, up to {@link #maxTrustRadius}); default 1.
     */
    public Optimizer trustRadius(double radius) {
        requireSecondOrder("trustRadius");
        this.trustRadius = Arguments.positiveFinite("trustRadius", radius);
        return this;
    }

    /** Newton / saddle-free Newton: the largest trust radius Δ_max (≥ the initial radius); default 1000. */
    public Optimizer maxTrustRadius(double radius) {
        requireSecondOrder("maxTrustRadius");
        this.maxTrustRadius = Arguments.positiveFinite("maxTrustRadius", radius);
        return this;
    }

    /**
     * Newton / saddle-free Newton: for p ≤ k the whole Hessian (p products) is decomposed; above, its
     * projection on the k-dimensional Krylov space of the gradient; default 200.
     */
    public Optimizer krylovDimension(int k) {
        requireSecondOrder("krylovDimension");
        Arguments.atLeast("krylovDimension", k, 1);
        this.krylovDimension = k;
        return this;
    }

    /** Seed of the batch order and of the Langevin noise (two independent streams, see the class comment). */
    public Optimizer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Also evaluates the full-data loss L(θ) every k epochs into the history's "full loss" column. */
    public Optimizer fullLossEvery(int epochs) {
        Arguments.atLeast("fullLossEvery", epochs, 1);
        this.fullLossEvery = epochs;
        return this;
    }

    /** The run is DIVERGED once a minibatch loss exceeds factor · max(1, |L(θ₀)|); default 1e8. */
    public Optimizer divergenceFactor(double factor) {
        Arguments.positiveFinite("divergenceFactor", factor);
        this.divergenceFactor = factor;
        return this;
    }

    /**
     * Trains only the coordinates where {@code keep} is true (a pruning mask, length p, checked by
     * {@link #train}); the others start at zero and stay exactly zero, whatever the method. null: dense.
     */
    public Optimizer mask(boolean[] keep) {
        this.keep = keep == null ? null : keep.clone();
        return this;
    }

    /** Called after each epoch, e.g. to drive a progress bar. */
    public Optimizer onEpoch(Consumer<EpochState> callback) {
        if (callback == null) {
            throw new IllegalArgumentException("onEpoch callback must not be null");
        }
        this.onEpoch = callback;
        return this;
    }

    /**
     * Tells {@code listener} when each run starts, after each epoch and when it ends, e.g. a progress bar
     * ({@code TrainingProgress.bar(epochs)} in the display package); null: none.
     */
    public Optimizer listener(TrainingListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Trains from a copy of θ₀, with a fresh optimizer state, until a stop rule fires, the loss diverges
     * or the thread is interrupted (checked before every step; the interrupt flag is left set for the
     * caller). A rule without a budget runs until the interrupt. Returns θ, the status, the history
     * table (named after this configuration) and the optimizer state a continuation needs.
     */
    public TrainingResult train(Objective objective, double[] theta0, StopRule stopRule) {
        int batch = checkRun(objective, stopRule);
        checkTheta(theta0, objective.parameterCount());
        BatchSampler sampler = new BatchSampler(objective.exampleCount(), batch, withReplacement, seed);
        return run(objective, start(theta0), sampler, updateRule(objective), stopRule, null);
    }

    /**
     * Continues {@code previous} (a run of an optimizer with this configuration, on an objective of the
     * same size) from its θ with its optimizer state: momentum's velocity, Adam's moments and step count,
     * the batch order, the epoch and step counters the schedule sees, the divergence limit and the
     * history. The stop rule sees the total epochs and steps, so {@code StopRules.maxEpochs(20)} takes a
     * 10-epoch run 10 epochs further, and the result's counters and history are totals. A run that
     * ended at an epoch's end continues bit for bit as if never stopped; one stopped inside an epoch
     * (interrupt, step budget) starts a new epoch. The learning rate or schedule may differ from the first
     * run's. {@code previous} is not changed, so it can be continued again.
     */
    public TrainingResult train(Objective objective, TrainingResult previous, StopRule stopRule) {
        int batch = checkRun(objective, stopRule);
        if (previous == null || previous.optimizerState() == null) {
            throw new IllegalArgumentException("previous must be a TrainingResult of Optimizer.train, got "
                    + (previous == null ? "null" : "one without optimizer state"));
        }
        OptimizerState state = previous.optimizerState();
        if (previous.status() == Status.DIVERGED) {
            throw new IllegalArgumentException("previous diverged: its optimizer state led there; train afresh from "
                    + "previous.theta() with a smaller learning rate");
        }
        if (!state.configuration().equals(toString())) {
            throw new IllegalArgumentException("previous was trained by " + state.configuration()
                    + "; a continuation needs the same configuration, got " + this);
        }
        if (state.parameterCount() != objective.parameterCount() || state.exampleCount() != objective.exampleCount()) {
            throw new IllegalArgumentException("objective must have the size of previous's (parameterCount "
                    + state.parameterCount() + ", exampleCount " + state.exampleCount() + "), got "
                    + objective.parameterCount() + " and " + objective.exampleCount());
        }
        UpdateRule rule = secondOrder() ? updateRule(objective) : state.rule();
        return run(objective, start(previous.theta()), state.sampler(), rule, stopRule, state);
    }

    private TrainingResult run(Objective objective, double[] theta, BatchSampler sampler, UpdateRule rule,
                               StopRule stopRule, OptimizerState from) {
        if (listener == null) {
            return new TrainingRun(toString(), objective, theta, sampler, rule, schedule, stopRule, onEpoch,
                    fullLossEvery, divergenceFactor, from).run();
        }
        TrainingListener watcher = listener;
        watcher.started(toString(), from == null ? 0 : from.epoch());
        try {
            return new TrainingRun(toString(), objective, theta, sampler, rule, schedule, stopRule,
                    onEpoch.andThen(watcher::epoch), fullLossEvery, divergenceFactor, from).run();
        } finally {
            watcher.finished();
        }
    }

    /** Checks the arguments common to both entry points; returns the batch size. */
    private int checkRun(Objective objective, StopRule stopRule) {
        if (objective == null || stopRule == null) {
            throw new IllegalArgumentException((objective == null ? "objective" : "stopRule") + " must not be null");
        }
        int p = objective.parameterCount();
        int n = objective.exampleCount();
        if (p < 1 || n < 1) {
            throw new IllegalArgumentException("objective must have parameterCount >= 1 and exampleCount >= 1, got "
                    + p + " and " + n);
        }
        if (keep != null && keep.length != p) {
            throw new IllegalArgumentException("mask must have length parameterCount = " + p + ", got " + keep.length);
        }
        int batch = batchSize == FULL_BATCH ? n : batchSize < 0 ? Math.min(DEFAULT_BATCH_SIZE, n) : batchSize;
        if (batch > n) {
            throw new IllegalArgumentException("batchSize must be in [1, exampleCount = " + n + "], got " + batch);
        }
        if (secondOrder() && !(objective instanceof HessianObjective)) {
            throw new IllegalArgumentException("objective must be a HessianObjective (exact Hessian-vector products) for "
                    + method + ", got " + objective.getClass().getSimpleName());
        }
        if (secondOrder() && maxTrustRadius < trustRadius) {
            throw new IllegalArgumentException("maxTrustRadius must be >= trustRadius = " + trustRadius + ", got "
                    + maxTrustRadius);
        }
        if (secondOrder() && batch != n) {
            throw new IllegalArgumentException("batchSize must be the full batch (" + n + ") for " + method + ", got " + batch);
        }
        return batch;
    }

    /** The configuration in one line, e.g. "SGD(batch 64, momentum 0.9, seed 1)"; names the history table. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method.name()).append("(batch ")
                .append(batchSize == FULL_BATCH ? "full" : batchSize < 0 ? "default" : String.valueOf(batchSize));
        if (withReplacement) {
            text.append(" with replacement");
        }
        if (keep != null) {
            text.append(", masked");
        }
        if (momentum > 0) {
            text.append(nesterov ? ", nesterov " : ", momentum ").append(momentum);
        }
        if (method == Method.ADAM) {
            text.append(", betas ").append(beta1).append('/').append(beta2).append(", epsilon ").append(epsilon);
        }
        if (method == Method.SGLD) {
            text.append(", temperature ").append(temperature);
        }
        if (secondOrder()) {
            text.append(", damping ").append(damping).append(", trust radius ").append(trustRadius)
                    .append(" (max ").append(maxTrustRadius).append(')')
                    .append(", krylov ").append(krylovDimension);
        }
        return text.append(", seed ").append(seed).append(')').toString();
    }

    private UpdateRule updateRule(Objective objective) {
        int dimension = objective.parameterCount();
        UpdateRule rule = switch (method) {
            case SGD -> new MomentumUpdate(dimension, momentum, nesterov);
            case ADAM -> new AdamUpdate(dimension, beta1, beta2, epsilon);
            case SGLD -> new LangevinUpdate(temperature, seed);
            case NEWTON, SADDLE_FREE_NEWTON -> new NewtonUpdate((HessianObjective) objective,
                    method == Method.SADDLE_FREE_NEWTON, damping, trustRadius, maxTrustRadius, krylovDimension);
        };
        return keep == null ? rule : new MaskedUpdate(rule, keep);
    }

    /** A copy of θ₀, its pruned coordinates set to zero. */
    private double[] start(double[] theta0) {
        double[] theta = theta0.clone();
        for (int i = 0; keep != null && i < theta.length; i++) {
            theta[i] = keep[i] ? theta[i] : 0;
        }
        return theta;
    }

    private boolean secondOrder() {
        return method == Method.NEWTON || method == Method.SADDLE_FREE_NEWTON;
    }

    private void requireSecondOrder(String option) {
        if (!secondOrder()) {
            throw new IllegalArgumentException(option + " applies to NEWTON and SADDLE_FREE_NEWTON only, not to " + method);
        }
    }

    private void requireMethod(Method required, String option) {
        if (method != required) {
            throw new IllegalArgumentException(option + " applies to " + required + " only, not to " + method);
        }
    }

    private static void checkTheta(double[] theta0, int p) {
        if (theta0 == null || theta0.length != p) {
            throw new IllegalArgumentException("theta0 must have length parameterCount = " + p + ", got "
                    + (theta0 == null ? "null" : "length " + theta0.length));
        }
        for (int i = 0; i < p; i++) {
            if (!Double.isFinite(theta0[i])) {
                throw new IllegalArgumentException("theta0 must be finite, got theta0[" + i + "] = " + theta0[i]);
            }
        }
    }
}
