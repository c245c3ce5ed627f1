package plansite.load;

import java.nio.file.Path;

/** A file of the project: where it is on disk and the path users see ({@code content/zh/ch1.md}). */
record InputFile(Path path, String display) {}
