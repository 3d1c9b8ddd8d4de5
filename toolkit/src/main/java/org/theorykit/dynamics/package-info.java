/**
 * The landscape and the noise: overdamped Langevin dynamics dX = −∇U dt + √(2T) dW on given
 * potentials, simulated by Euler–Maruyama for many independent particles ({@link org.theorykit.dynamics.Langevin}),
 * against the exact side — Boltzmann basin masses by quadrature ({@link org.theorykit.dynamics.Boltzmann}),
 * the Laplace limit √(det₁/det₀) and the Kramers/Arrhenius escape rate ({@link org.theorykit.dynamics.Kramers}).
 * Poggio et al., Theory II (arXiv:1703.09833) and IIb (arXiv:1801.02254): SGD behaves like Langevin
 * dynamics and concentrates on flat, large-volume minima, as exp(−U/T) predicts.
 * <pre>{@code
 * DoubleWell wells = Potentials.equalWells(1, 9, 1);                     // k_flat = 1, k_sharp = 9, barrier 1
 * LangevinRun run = Langevin.of(wells.potential()).temperature(0.5).timeStep(0.005).particles(10_000)
 *         .seed(1).start(wells.minima()[1]).basins(wells.basins(), 2).run(20_000);
 * run.finalOccupation(0);                    // fraction in the flat well, ± run.finalOccupationStandardError(0)
 * Boltzmann.masses(wells, 0.5).mass(0);      // exact: 0.718; Laplace limit wells.laplaceLeftMass(0.5) = 0.75
 * run.occupation();                          // Tablesaw: time, basin_0, basin_1
 * }</pre>
 * The "SGD-style" noise model ({@link org.theorykit.dynamics.Langevin#minibatch}) replaces the
 * Gaussian noise by minibatch gradients of a {@link org.theorykit.dynamics.FiniteSum1D} (1-D only).
 */
package org.theorykit.dynamics;
