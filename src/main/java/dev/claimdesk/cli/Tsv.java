package dev.claimdesk.cli;

/** TSV cells: tabs and line breaks inside a value become spaces, so each record is one line. */
final class Tsv {
    private Tsv() {}

    static String cell(Object value) {
        return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ");
    }

    static String row(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(cell(values[i]));
        }
        return sb.toString();
    }
}
