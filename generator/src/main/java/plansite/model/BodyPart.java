package plansite.model;

import plansite.diag.SourcePos;

/** A piece of a chapter's body: rendered prose, or the place where a table goes. */
public sealed interface BodyPart {

    record Prose(Html html) implements BodyPart {}

    record TablePlacement(String tableId, SourcePos pos) implements BodyPart {}
}
