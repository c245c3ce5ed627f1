/** The output: an in-memory tree of files, written atomically to a folder or packed into a zip. */
package plansite.site;
