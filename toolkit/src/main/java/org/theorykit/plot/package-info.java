/**
 * XChart figures the lectures share: log-log charts with fitted power laws and guide lines, curves and scatter
 * plots in one style. Presentation layer: it may use every package but {@code experiment}.
 */
package org.theorykit.plot;
