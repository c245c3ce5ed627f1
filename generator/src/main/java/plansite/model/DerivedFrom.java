package plansite.model;

/** Where a table derived from prose comes from: a verbatim excerpt of its paragraph in the table's section. */
public record DerivedFrom(String quote) {}
