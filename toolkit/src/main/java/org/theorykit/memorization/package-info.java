/**
 * Memorization: a network trained on random labels fits them while its test error stays at chance (Zhang,
 * Bengio, Hardt, Recht, Vinyals 2017, arXiv:1611.03530, §2), and their explicit depth-2 network that
 * interpolates any n labels with 2n + d weights (Theorem 1). Measurement layer: it uses {@code nn}, {@code data}
 * and {@code optim}.
 */
package org.theorykit.memorization;
