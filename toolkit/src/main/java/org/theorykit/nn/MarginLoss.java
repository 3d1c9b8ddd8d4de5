package org.theorykit.nn;

/** Shared label check of the two margin losses (one output, labels ±1). */
abstract class MarginLoss implements Loss {
    public int targetWidth(int outputs) {
        return 1;
    }

    public void checkTargets(Dataset data, int outputs) {
        if (outputs != 1) {
            throw new IllegalArgumentException("model outputs = " + outputs + "; accepted for the " + name()
                    + " loss: exactly 1");
        }
        if (data.targetDimension() != 1) {
            throw new IllegalArgumentException("data.targetDimension() = " + data.targetDimension()
                    + "; accepted for the " + name() + " loss: 1 (a label ±1)");
        }
        double[] y = data.y();
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1.0 && y[i] != -1.0) {
                throw new IllegalArgumentException("data.y()[" + i + "] = " + y[i] + "; accepted for the "
                        + name() + " loss: -1 or +1");
            }
        }
    }
}
