/**
 * Presentation in the notebook: {@link org.theorykit.display.Display} shows tables, charts, Markdown and HTML
 * inline; {@link org.theorykit.display.JupyterBridge} is the one place that knows Jupyter kernels; a progress bar,
 * and {@link org.theorykit.display.TrainingProgress}, which draws a training run reported through
 * {@code optim}'s listener. Presentation layer: it may use every package but {@code experiment}.
 */
package org.theorykit.display;
