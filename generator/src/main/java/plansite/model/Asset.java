package plansite.model;

import java.nio.file.Path;

/** A file of the site's templates folder published as it is: where it goes in the site, where it is read. */
public record Asset(String outputPath, Path source) {}
