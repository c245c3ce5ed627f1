/** The command line: one class per command, the argument parser, and the exit codes. */
package plansite.cli;
