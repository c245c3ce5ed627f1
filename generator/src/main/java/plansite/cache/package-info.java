/**
 * What earlier builds made from unchanged inputs (download files, parsed chapters), kept under
 * {@code target/plansite-cache/} so that a build remakes only what changed.
 */
package plansite.cache;
