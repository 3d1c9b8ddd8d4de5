/**
 * Neural-network models as functions f(x; θ) of one flat parameter vector θ ∈ R^p, with exact
 * derivatives.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Model net = ShallowNet.of(8, 1000, 1, Activation.relu());       // (8+2)·1000 parameters
 * Dataset data = new Dataset(x, y, n, 8, 1);                        // row-major, checked finite
 * SupervisedObjective objective = new SupervisedObjective(net, Loss.squared(), data);
 * double[] theta = net.initialParameters(42);                      // same seed, same θ
 * double[] gradient = new double[net.parameterCount()];
 * double loss = objective.lossAndGradient(theta, batch, 0, 64, gradient);   // org.theorykit.objective.Objective
 * HessianVectorProduct h = objective.hessianAt(theta);             // exact H·v, R-operator
 * h.apply(v, hv);
 * double[][] dense = objective.hessian(theta);                     // p ≤ 4096
 * objective.inputGradient(theta, i, 0, gradX);                     // ∇x f for Lipschitz estimates
 * net.parameterViews(); net.filters();                             // named slices of θ
 * }</pre>
 *
 * <h2>Models</h2>
 * {@link org.theorykit.nn.ShallowNet} and {@link org.theorykit.nn.TreeNet} follow Poggio et al. 2017
 * (arXiv:1611.00740) and have no output bias, so their counts are the paper's (n+2)N and 4N;
 * {@link org.theorykit.nn.DeepMlp} (output bias included), {@link org.theorykit.nn.LinearModel}. Each
 * class comment states its θ layout. Random features (a frozen random first layer) are
 * {@code kernel.RandomFeatureMap}, the toolkit's one implementation, fitted by least squares there.
 *
 * <h2>Engines</h2>
 * Every model runs on a generic per-example engine (reverse mode, and Pearlmutter's R-operator for
 * H·v): the reference a reader reads. Faster compute engines for minibatches, Hessian-vector products
 * and outputs over a data set (OpenBLAS GEMMs, the JDK Vector API, a second thread) live in
 * {@code org.theorykit.nn.engine}, chosen in one place, {@link org.theorykit.nn.engine.Engines}, and
 * tested against the generic engine.
 *
 * <h2>Layering</h2>
 * {@code nn} sits on {@code linalg} and {@code objective} (it implements
 * {@link org.theorykit.objective.HessianObjective}); {@code optim}, {@code landscape}, {@code robust},
 * {@code kernel} and {@code experiment} build on it, never the other way round.
 */
package org.theorykit.nn;
