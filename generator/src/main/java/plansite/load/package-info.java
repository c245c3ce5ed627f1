/**
 * Reading the input: the project's file layout, strict UTF-8, YAML bound to records with source
 * positions, Markdown chapters through flexmark, and the checks that need the whole plan.
 */
package plansite.load;
