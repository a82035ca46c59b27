package io.github.digestlint.source;

/**
 * A place in a post as an editor shows it: 1-based line, 1-based column counted in Unicode code
 * points, so a Korean syllable or an emoji is one column.
 */
public record Position(int line, int column) implements Comparable<Position> {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
