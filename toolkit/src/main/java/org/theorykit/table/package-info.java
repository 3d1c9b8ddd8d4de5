/**
 * The table look-ups the lectures make by hand otherwise: a value at coordinates, the rows at coordinates, a
 * pivot and medians by group, with errors that name what is missing ({@link org.theorykit.table.Tables}).
 * Presentation layer: it may use every package but {@code experiment}.
 */
package org.theorykit.table;
