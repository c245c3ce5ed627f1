/**
 * The plan on maps: which county each of its areas, zones, blocks, mines and figures lies in (taken
 * from its tables and text, and from {@code data/maps.yaml} where the tables do not say), gathered
 * into the thematic maps and the county pages. Pure data: rendering is in {@code plansite.render}.
 */
package plansite.map;
