/**
 * Dense and matrix-free linear algebra at the bottom of the layering: products on the bundled OpenBLAS without
 * copying operands ({@link org.theorykit.linalg.Blas}), Krylov subspaces and small symmetric eigenproblems. It
 * imports no other toolkit package.
 */
package org.theorykit.linalg;
