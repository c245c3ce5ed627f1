/** Diagnostics: source positions, positioned messages, and the one format they are printed in. */
package plansite.diag;
