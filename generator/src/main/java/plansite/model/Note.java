package plansite.model;

/** A note to a table, cited by id from cells and rows, or standing for the whole table. */
public record Note(String id, Localized text) {}
