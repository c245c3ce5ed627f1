package plansite.diag;

/**
 * A place in an input file. {@code file} is the path as the user should see it (relative to the
 * project root, with forward slashes); line and column are 1-based, 0 when unknown.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos withOffset(int lineOffset) {
        return line == 0 ? this : new SourcePos(file, line + lineOffset, column);
    }

    /** The canonical printed form, {@code file:line:col}, as compilers print it. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(column, 1);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
