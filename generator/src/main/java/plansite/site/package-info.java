/**
 * Where a build puts its files as they are made: a staging folder swapped into place whole
 * ({@code build}), or a tree in memory ({@code serve}, tests) that {@code serve} then writes the same way,
 * linking the files its last write left unchanged; and the zip of a built site.
 */
package plansite.site;
