package plansite.model;

/**
 * Markup that the generator produced itself (from Markdown with raw HTML escaped), and so may be
 * inserted into a page without escaping. Nothing read from input becomes an Html directly.
 */
public record Html(String markup) {}
