/**
 * The search index of each language: what is indexed (sections, tables and their rows, glossary
 * entries, map features) as {@link plansite.search.SearchDocument}s, the tokenizer (CJK bigrams, English
 * stems) and the index script that {@code search.js} reads. The search phase makes one index per language.
 */
package plansite.search;
