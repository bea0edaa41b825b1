package dev.claimdesk.ui;

import java.util.List;

/** The verdict-scale editor as its presenter sees it (a window, or a fake in tests). */
interface ScalesView {

    /** Shows the scales again, with {@code selectCode} chosen (null: keep the choice). */
    void showChoices(ScaleChoices choices, String selectCode);

    /** What stops a save, in plain sentences, next to the table; empty clears them. */
    void showProblems(List<String> problems);
}
