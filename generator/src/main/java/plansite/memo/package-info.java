/**
 * The memo: the one way a build reuses earlier work. The driver wraps a phase in it, keyed by the
 * {@link plansite.memo.Fingerprint} of the phase's inputs; values are kept on disk for {@code build}
 * ({@code target/plansite-cache/}) and in memory for {@code serve}. docs/architecture.md gives its rules.
 */
package plansite.memo;
