package plansite.load;

/** The keys of a chapter's front matter, as written. */
record ChapterFrontMatter(String id, Integer order, String title) {}
