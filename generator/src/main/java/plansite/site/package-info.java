/**
 * Where a build puts its files as they are made: a staging folder swapped into place whole
 * ({@code build}), or a tree in memory ({@code serve}, tests); and the zip of a built site.
 */
package plansite.site;
