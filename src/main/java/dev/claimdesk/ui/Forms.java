package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextField;

/** What the ClaimDesk forms (article details, evidence) share: fields, problems shown in place, text clean-up. */
final class Forms {
    private Forms() {}

    /** A single-line field that never renders HTML, with a name for tests and a placeholder. */
    static JTextField field(String name, String placeholder) {
        JTextField f = new JTextField(30);
        f.setName(name);
        f.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, placeholder);
        return f;
    }

    /** The label where a form says what is wrong, in the error colour. */
    static JLabel problemLabel(String name) {
        JLabel problem = new JLabel(" ");
        problem.setName(name);
        problem.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");
        return problem;
    }

    /** Outlines the field in red, puts the caret in it and says what is wrong. */
    static void showProblem(JComponent field, JLabel problem, String message) {
        field.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
        field.requestFocusInWindow();
        problem.setText(message);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The text stripped, or null when there is none. */
    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
