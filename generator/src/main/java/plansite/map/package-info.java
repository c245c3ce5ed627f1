/**
 * The atlas phase: which county each feature of the plan's maps lies in (taken from its tables and text,
 * and from {@code data/maps.yaml}, which also defines the maps, where the tables do not say), gathered
 * into the thematic maps and the county pages ({@link plansite.model.Atlas}). Pure data: the pages are
 * made in {@code plansite.render}.
 */
package plansite.map;
