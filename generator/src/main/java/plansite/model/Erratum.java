package plansite.model;

import plansite.diag.SourcePos;

/** A mend of conversion damage in the prose: the text as converted, as mended, and why. */
public record Erratum(String chapter, String section, String source, String mended, Localized reason, SourcePos pos) {}
