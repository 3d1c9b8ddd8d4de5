/**
 * Lecture 02: GD, SGD and SGLD solutions of one small net compared by sharpness, trace and margins, and
 * the rescalings that change sharpness without changing the function (Dinh et al. 2017).
 */
package org.theorykit.experiment.flatness;
