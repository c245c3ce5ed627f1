/**
 * The check phase: the plan's arithmetic recomputed (total rows, per-row formulas and prose figures),
 * so that every place where the source disagrees with itself is found, listed and explained by a note.
 * {@link plansite.check.FoundPlaces} is how the driver lets it take the places it found in the text from
 * earlier work.
 */
package plansite.check;
