package plansite.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small arithmetic expression: numbers, {@code + - * /}, parentheses, column references {@code c3}
 * (in a table's row) and cell references {@code zl-09[r3,c4]} (1-based, as editors count). Parsed
 * once; evaluated with exact decimals.
 */
public final class Expression {
    private static final MathContext MATH = MathContext.DECIMAL64;

    /** A parse error, with the offset in the text where it happened. */
    public static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message);
        }
    }

    /** Supplies the printed text of referenced cells; empty when a reference cannot be resolved. */
    public interface Values {
        Optional<String> column(int column);

        Optional<String> cell(String table, int row, int column);
    }

    sealed interface Node {}

    record Num(BigDecimal value, String text) implements Node {}

    record Column(int column) implements Node {}

    record CellRef(String table, int row, int column) implements Node {}

    record Binary(char op, Node left, Node right) implements Node {}

    private final Node root;

    private Expression(Node root) {
        this.root = root;
    }

    public static Expression parse(String text) throws SyntaxError {
        Parser p = new Parser(text);
        Node n = p.expr();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxError("unexpected '" + text.charAt(p.pos) + "' at character " + (p.pos + 1));
        }
        return new Expression(n);
    }

    /** The column numbers (1-based) this expression reads. */
    public List<Integer> columns() {
        List<Integer> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Integer> out) {
        if (n instanceof Column c) {
            out.add(c.column());
        } else if (n instanceof Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }

    /** The value and the arithmetic with the printed operands; empty if an operand is not a number. */
    public Optional<Result> evaluate(Values values) {
        try {
            return Optional.of(eval(root, values));
        } catch (NotANumber e) {
            return Optional.empty();
        }
    }

    /** A computed value and how it was computed. */
    public record Result(BigDecimal value, String arithmetic) {}

    private static final class NotANumber extends Exception {
        NotANumber() {
            super(null, null, false, false);
        }
    }

    private static Result eval(Node n, Values values) throws NotANumber {
        if (n instanceof Num num) {
            return new Result(num.value(), num.text());
        }
        if (n instanceof Column c) {
            return operand(values.column(c.column()));
        }
        if (n instanceof CellRef r) {
            return operand(values.cell(r.table(), r.row(), r.column()));
        }
        Binary b = (Binary) n;
        Result l = bracketed(b.left(), eval(b.left(), values), b.op(), false);
        Result r = bracketed(b.right(), eval(b.right(), values), b.op(), true);
        BigDecimal v = switch (b.op()) {
            case '+' -> l.value().add(r.value(), MATH);
            case '-' -> l.value().subtract(r.value(), MATH);
            case '*' -> l.value().multiply(r.value(), MATH);
            default -> {
                if (r.value().signum() == 0) {
                    throw new NotANumber();
                }
                yield l.value().divide(r.value(), MATH);
            }
        };
        String symbol = switch (b.op()) {
            case '*' -> " × ";
            case '/' -> " ÷ ";
            case '-' -> " − ";
            default -> " + ";
        };
        return new Result(v, l.arithmetic() + symbol + r.arithmetic());
    }

    /** Brackets an operand's arithmetic only where reading it without them would change its meaning. */
    private static Result bracketed(Node operand, Result r, char parentOp, boolean right) {
        if (!(operand instanceof Binary child)) {
            return r;
        }
        int parent = precedence(parentOp);
        int own = precedence(child.op());
        boolean needed = own < parent || right && own == parent && (parentOp == '-' || parentOp == '/');
        return needed ? new Result(r.value(), "(" + r.arithmetic() + ")") : r;
    }

    private static int precedence(char op) {
        return op == '*' || op == '/' ? 2 : 1;
    }

    /** An empty cell counts as 0; words make the expression meaningless for this row. */
    private static Result operand(Optional<String> printed) throws NotANumber {
        String s = printed.orElse("").strip();
        if (s.isEmpty()) {
            return new Result(BigDecimal.ZERO, "0");
        }
        try {
            return new Result(new BigDecimal(s), s);
        } catch (NumberFormatException e) {
            throw new NotANumber();
        }
    }

    /** Recursive descent: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        Node expr() throws SyntaxError {
            Node left = term();
            while (true) {
                skipSpace();
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    char op = text.charAt(pos++);
                    left = new Binary(op, left, term());
                } else {
                    return left;
                }
            }
        }

        Node term() throws SyntaxError {
            Node left = factor();
            while (true) {
                skipSpace();
                if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                    char op = text.charAt(pos++);
                    left = new Binary(op, left, factor());
                } else {
                    return left;
                }
            }
        }

        Node factor() throws SyntaxError {
            skipSpace();
            if (pos >= text.length()) {
                throw new SyntaxError("the formula ends where a number or a column was expected");
            }
            char ch = text.charAt(pos);
            if (ch == '(') {
                pos++;
                Node inner = expr();
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw new SyntaxError("a ')' is missing");
                }
                pos++;
                return inner;
            }
            if (Character.isDigit(ch) || ch == '.') {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                String number = text.substring(start, pos);
                try {
                    return new Num(new BigDecimal(number), number);
                } catch (NumberFormatException e) {
                    throw new SyntaxError("'" + number + "' is not a number");
                }
            }
            if (Character.isLetter(ch)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
                    pos++;
                }
                String word = text.substring(start, pos);
                if (pos < text.length() && text.charAt(pos) == '[') {
                    return cellRef(word);
                }
                if (word.matches("c[1-9][0-9]*")) {
                    return new Column(Integer.parseInt(word.substring(1)));
                }
                throw new SyntaxError("'" + word + "' is neither a column (c3) nor a cell (<table-id>[r3,c4])");
            }
            throw new SyntaxError("unexpected '" + ch + "' at character " + (pos + 1));
        }

        private Node cellRef(String table) throws SyntaxError {
            int close = text.indexOf(']', pos);
            if (close < 0) {
                throw new SyntaxError("a ']' is missing after " + table + "[");
            }
            String inside = text.substring(pos + 1, close).replace(" ", "");
            pos = close + 1;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("r([1-9][0-9]*),c([1-9][0-9]*)").matcher(inside);
            if (!m.matches()) {
                throw new SyntaxError("a cell is written " + table + "[r<row>,c<column>], e.g. " + table + "[r3,c4]");
            }
            return new CellRef(table, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
    }
}
