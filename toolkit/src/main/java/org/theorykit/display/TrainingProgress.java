package org.theorykit.display;

import java.util.Locale;
import org.theorykit.optim.EpochState;
import org.theorykit.optim.TrainingListener;

/**
 * A {@link ProgressBar} that follows a training run: plug it into an optimizer with
 * {@code Optimizers.adam(0.01).listener(TrainingProgress.bar(epochs))}. It counts epochs towards
 * {@code epochs} (normally the stop rule's budget) with the latest minibatch loss, in the notebook or on
 * standard error outside one; the optimizer draws nothing itself.
 */
public final class TrainingProgress implements TrainingListener {

    private final int epochs;
    private ProgressBar bar;
    private int offset;

    private TrainingProgress(int epochs) {
        this.epochs = epochs;
    }

    /** A bar counting {@code epochs} ≥ 1 epochs per run; a continued run counts from where it stopped. */
    public static TrainingProgress bar(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        return new TrainingProgress(epochs);
    }

    @Override
    public void started(String run, int epochsDone) {
        bar = ProgressBar.start(run, epochs);
        offset = epochsDone;
    }

    @Override
    public void epoch(EpochState state) {
        bar.message(String.format(Locale.ROOT, "loss %.4g", state.loss()));
        bar.advance(Math.max(0, state.epoch() - offset - bar.done()));
    }

    @Override
    public void finished() {
        bar.close();
    }
}
