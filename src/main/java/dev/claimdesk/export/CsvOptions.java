package dev.claimdesk.export;

/**
 * How a CSV is written. {@code bom}: start with a UTF-8 byte order mark so Excel reads UTF-8.
 * {@code raw}: do not neutralise cells that a spreadsheet would run as formulas (for scripts).
 */
public record CsvOptions(boolean bom, boolean raw) {
    public static final CsvOptions SAFE = new CsvOptions(false, false);
}
