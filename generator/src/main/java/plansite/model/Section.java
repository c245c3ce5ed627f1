package plansite.model;

import plansite.diag.SourcePos;

/** A heading of a chapter: its anchor id (the same in every language), level (2–6) and title. */
public record Section(String id, int level, String title, SourcePos pos) {}
