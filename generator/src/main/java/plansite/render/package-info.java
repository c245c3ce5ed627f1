/**
 * The routes of the site and its pages: {@link plansite.render.Routes} makes every output file's
 * {@link plansite.render.Route} in one place, asking one small class per kind of page (home, chapters,
 * the one-page edition, data and tables, glossary and units, maps and counties, search, about); the
 * {@link plansite.render.Renderer} renders a page route's model with the FreeMarker templates (HTML
 * auto-escaping); view models made for the templates are in {@link plansite.render.Views}.
 */
package plansite.render;
