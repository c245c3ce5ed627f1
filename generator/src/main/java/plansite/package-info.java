/**
 * plansite: builds the bilingual static website of a government plan from Markdown chapters, YAML
 * data and FreeMarker templates. {@link plansite.Generator} is the pipeline; it and the downloads phase
 * beside it ({@code DownloadsPhase}) are the only classes that apply the memo; docs/architecture.md
 * describes both.
 */
package plansite;
