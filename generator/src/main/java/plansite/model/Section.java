package plansite.model;

import plansite.diag.SourcePos;

/**
 * A heading of a chapter: its anchor id (the same in every language), level (2–6), title, and the
 * plain text of its own paragraphs (up to the next heading), for checks that quote the text.
 */
public record Section(String id, int level, String title, String text, SourcePos pos) {}
