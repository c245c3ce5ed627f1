package plansite.load;

/**
 * The keys of a chapter's front matter, as written. A translated chapter also names the chapter it
 * translates and the hash of that chapter's text when it was translated.
 */
record ChapterFrontMatter(String id, Integer order, String title, String translates, String sourceHash) {}
