package plansite.model;

import plansite.diag.SourcePos;

/**
 * A figure of the prose that can be recomputed: where it is ({@code quote}, verbatim, in a section),
 * the figure as printed, the arithmetic that should give it, and a note where the two differ.
 */
public record ProseCheck(String id, String chapter, String section, String quote, String printed, String formula,
        Localized note, SourcePos pos) {}
