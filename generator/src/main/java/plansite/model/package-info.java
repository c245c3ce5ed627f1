/**
 * The plan as plain immutable values: settings, chapters with their sections, tables, the atlas, and
 * the {@link plansite.model.LoadedPlan} the pages are made from. Nothing here knows about YAML, Markdown
 * parsing, templates or the memo.
 */
package plansite.model;
