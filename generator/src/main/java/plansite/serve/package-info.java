/** The development server: serves the built site from memory on 127.0.0.1, watches the input, reloads pages. */
package plansite.serve;
