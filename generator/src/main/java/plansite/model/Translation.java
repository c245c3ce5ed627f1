package plansite.model;

import plansite.diag.SourcePos;

/**
 * What a translated chapter says it translates: the chapter of the default language, and the hash of
 * that chapter's text as it was when translated. When the hash no longer matches, the translation may
 * be out of date.
 */
public record Translation(String sourceChapter, String sourceHash, SourcePos pos) {}
