/**
 * The check phase: the plan's arithmetic recomputed (total rows, per-row formulas and prose figures),
 * so that every place where the source disagrees with itself is found, listed and explained by a note.
 */
package plansite.check;
