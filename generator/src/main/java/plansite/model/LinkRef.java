package plansite.model;

import plansite.diag.SourcePos;

/**
 * A link in a chapter to a place in the plan: {@code chapterId} (null for the same chapter) and an
 * optional {@code anchor}. Kept so that every such link can be checked before anything is written.
 */
public record LinkRef(String chapterId, String anchor, SourcePos pos) {}
