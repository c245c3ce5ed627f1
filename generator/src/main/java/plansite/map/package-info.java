/**
 * The atlas phase: which county each of the plan's areas, zones, blocks, mines and figures lies in
 * (taken from its tables and text, and from {@code data/maps.yaml} where the tables do not say),
 * gathered into the thematic maps and the county pages ({@link plansite.model.Atlas}). Pure data:
 * the pages are made in {@code plansite.render}.
 */
package plansite.map;
