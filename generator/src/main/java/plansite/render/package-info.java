/**
 * Rendering: view models made for each kind of page, FreeMarker templates with HTML auto-escaping,
 * and the site files that are not pages (sitemap, robots).
 */
package plansite.render;
