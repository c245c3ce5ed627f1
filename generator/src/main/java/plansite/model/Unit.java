package plansite.model;

import plansite.diag.SourcePos;

/** A unit the plan uses, as written in each language, and what it means. */
public record Unit(Localized name, Localized meaning, SourcePos pos) {}
