/**
 * plansite: builds the bilingual static website of a government plan from Markdown chapters, YAML
 * data and FreeMarker templates. {@link plansite.Generator} is the pipeline and the only place that
 * applies the memo; docs/architecture.md describes both.
 */
package plansite;
