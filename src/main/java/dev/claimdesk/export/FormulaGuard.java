package dev.claimdesk.export;

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or line break before them) as a formula,
 * even inside quotes (LibreOffice evaluates "=1+2"). Free-text cells starting with one of those
 * characters get a leading apostrophe, which spreadsheets show as text. Numbers and dates never
 * pass through here.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    public static String protect(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + text : text;
    }
}
