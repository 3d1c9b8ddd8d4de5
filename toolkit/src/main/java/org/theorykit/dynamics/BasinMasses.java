package org.theorykit.dynamics;

/**
 * The Boltzmann probability of each basin, P(basin i) = ∫_basin exp(−U/T) / ∫ exp(−U/T).
 *
 * @param temperature  T
 * @param masses       P(basin i), summing to 1
 * @param errors       estimated absolute quadrature error of each mass
 * @param logPartition log ∫ exp(−U/T) over the integration domain (unshifted)
 */
public record BasinMasses(double temperature, double[] masses, double[] errors, double logPartition) {

    /** P(basin i). */
    public double mass(int basin) {
        return masses[basin];
    }
}
