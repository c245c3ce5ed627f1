/**
 * The machinery every phase shares and no phase owns: the one pool of worker threads
 * ({@link plansite.internal.Workers}) and the phase timings ({@link plansite.internal.Timings}).
 * Depends on nothing else of plansite but its diagnostics.
 */
package plansite.internal;
