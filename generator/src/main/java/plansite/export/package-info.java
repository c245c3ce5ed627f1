/**
 * The downloads phase: every table as open data (CSV as printed per language, notes and tidy CSV, XLSX, JSON),
 * the Frictionless data package and one zip of them all. Files are made here; the site puts them under
 * {@code data/}.
 */
package plansite.export;
