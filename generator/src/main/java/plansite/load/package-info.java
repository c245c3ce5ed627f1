/**
 * The load phase and the validate phase: the project's file layout, strict UTF-8, YAML bound to records
 * with source positions, Markdown chapters through flexmark ({@link plansite.load.PlanLoader}, which only
 * reads, file by file), and the checks that need the whole plan ({@link plansite.load.PlanValidator}).
 * Also reads {@code data/maps.yaml} against the checked plan for the atlas phase.
 */
package plansite.load;
