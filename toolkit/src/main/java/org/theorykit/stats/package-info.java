/**
 * Small statistics the lectures check numbers with: the least-squares line ({@link
 * org.theorykit.stats.LineFit}) and Pearson's correlation ({@link org.theorykit.stats.Correlation}).
 * Bottom layer: imports nothing of the toolkit.
 */
package org.theorykit.stats;
