/**
 * The plan as plain immutable values: settings, chapters with their sections, tables. Nothing here
 * knows about YAML, Markdown parsing or templates.
 */
package plansite.model;
