package dev.claimdesk.ui.action;

import static dev.claimdesk.ui.action.ActionId.*;
import static dev.claimdesk.ui.action.Condition.*;
import static dev.claimdesk.ui.action.TopMenu.*;
import static java.awt.event.KeyEvent.*;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.swing.KeyStroke;

/**
 * Every user action, written once: its menu, name, keys, icon, tooltip and when it is enabled. The
 * menu bar, the toolbar, the tooltips, the F1 sheet, the queue's one-letter keys and the user
 * guide's shortcut table are all made from this list (decision 0019a). Menu items appear in the
 * order written here.
 */
public final class ActionCatalogue {
    private static final String MARKDOWN_HEAD =
            "| Where | Keys | Command | What it does |\n| --- | --- | --- | --- |\n";

    private static final List<ActionSpec> ALL = Stream.of(
                    in(FILE, NEW_DATABASE, "NewDatabase", "New database…")
                            .does("Create an empty ClaimDesk database and work in it")
                            .keys(Key.menu(VK_N)),
                    in(FILE, OPEN_DATABASE, "OpenDatabase", "Open database…")
                            .does("Open another ClaimDesk database")
                            .keys(Key.menuShift(VK_O)),
                    in(FILE, CONNECT_SERVER, "ConnectServer", "Connect to team server…")
                            .does("Work on your desk's shared database on a PostgreSQL server"),
                    in(FILE, OPEN_RECENT, "Recent", "Open recent")
                            .does("Open one of the databases or team servers you used last")
                            .kind(ActionSpec.Kind.SUBMENU)
                            .when(RECENT_DATABASES),
                    in(FILE, IMPORT, "Import", "Import article…")
                            .does("Import an article (.txt, .md, .html, .pdf)")
                            .keys(Key.menu(VK_O))
                            .icon("import")
                            .when(DATABASE_OPEN)
                            .separatorBefore(),
                    in(FILE, PASTE, "Paste", "Paste article…")
                            .does("Import article text from the clipboard")
                            .keys(Key.menuShift(VK_V))
                            .when(DATABASE_OPEN),
                    in(FILE, OPEN_DEMO, "Demo", "Open demo article")
                            .does("Import and show the demo article that ships with ClaimDesk")
                            .icon("demo")
                            .when(DATABASE_OPEN),
                    in(FILE, EXPORT, "Export", "Export…")
                            .does("Export verdicts as CSV, ClaimReview or a report")
                            .keys(Key.menu(VK_E))
                            .when(DATABASE_OPEN)
                            .separatorBefore(),
                    // Also without an open database: the backups of the file that failed to open.
                    in(FILE, RESTORE_BACKUP, "RestoreBackup", "Restore from backup…")
                            .does("Put back one of the automatic backups of this database"),
                    in(FILE, SWITCH_REVIEWER, "SwitchReviewer", "Switch reviewer…")
                            .does("Change who you are (for the four-eyes rule)")
                            .keys(Key.menuShift(VK_U))
                            .icon("reviewer")
                            .toolbarStem("Reviewer")
                            .when(DATABASE_OPEN)
                            .separatorBefore(),
                    in(FILE, QUIT, "Quit", "Quit")
                            .does("Close ClaimDesk")
                            .keys(Key.menu(VK_Q))
                            .separatorBefore(),
                    in(EDIT, UNDO, "Undo", "Undo")
                            .does("Undo the last change")
                            .keys(Key.menu(VK_Z))
                            .when(UNDO_AVAILABLE),
                    in(EDIT, REDO, "Redo", "Redo")
                            .does("Redo the change you undid")
                            .keys(Key.menuShift(VK_Z), Key.menu(VK_Y)) // Ctrl+Y as on Windows
                            .when(REDO_AVAILABLE),
                    in(EDIT, FIND, "Find", "Find claims")
                            .does("Search the claims' text, rationale and evidence")
                            .keys(Key.menu(VK_F))
                            .when(ARTICLE_SHOWN)
                            .separatorBefore(),
                    in(EDIT, GO_TO_QUEUE, "GoToQueue", "Go to the queue")
                            .does("Put the keyboard focus in the claim queue")
                            .keys(Key.menu(VK_L))
                            .when(ARTICLE_SHOWN),
                    in(CLAIM, NEXT_CLAIM, "NextClaim", "Next claim")
                            .does("Select the next claim of the queue")
                            .keys(Key.typed('j'))
                            .queueKeys(Key.plain(VK_DOWN))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(ARTICLE_SHOWN),
                    in(CLAIM, PREVIOUS_CLAIM, "PreviousClaim", "Previous claim")
                            .does("Select the previous claim of the queue")
                            .keys(Key.typed('k'))
                            .queueKeys(Key.plain(VK_UP))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(ARTICLE_SHOWN),
                    in(CLAIM, ACCEPT, "Accept", "Accept")
                            .does("Accept the proposed claim for checking")
                            .keys(Key.typed('a'))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(CLAIM_SELECTED)
                            .separatorBefore(),
                    in(CLAIM, DISMISS, "Dismiss", "Dismiss…")
                            .does("Dismiss the claim, with a reason")
                            .keys(Key.typed('d'))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(CLAIM_SELECTED),
                    in(CLAIM, NEW_EVIDENCE, "NewEvidence", "New evidence…")
                            .does("Add an evidence item to the claim")
                            .keys(Key.typed('e'))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(CLAIM_SELECTED),
                    keysOnly(CHOOSE_VERDICT, Scope.QUEUE_AND_TEXT, "Choose verdict")
                            .does("Choose the verdict with that number, then write the rationale")
                            .keys(digits())
                            .keysShownAs("1 … 9"),
                    in(CLAIM, MARK_CLAIM, "MarkClaim", "Mark selection as claim")
                            .does("The text selected in the article becomes a claim")
                            .keys(Key.menu(VK_M))
                            .when(ARTICLE_SHOWN)
                            .separatorBefore(),
                    in(CLAIM, SPLIT, "Split", "Split claim at caret")
                            .does("The claim ends at the caret in the text; the rest becomes a new claim")
                            .keys(Key.menuShift(VK_X))
                            .when(CLAIM_SELECTED),
                    in(CLAIM, MERGE, "Merge", "Merge with next claim")
                            .does("The claim grows to cover the next claim in the text")
                            .keys(Key.menuShift(VK_M))
                            .when(CLAIM_SELECTED),
                    in(CLAIM, ASSIGN, "Assign", "Assign to…")
                            .does("Hand the claim to a reviewer (it appears in their queue)")
                            .keys(Key.menuShift(VK_A))
                            .when(CLAIM_SELECTED),
                    in(CLAIM, DUPLICATE, "Duplicate", "Mark as duplicate…")
                            .does("Dismiss the claim as a duplicate of another claim")
                            .keys(Key.menuShift(VK_D))
                            .when(CLAIM_SELECTED),
                    in(REVIEW, SUBMIT, "Submit", "Submit for review")
                            .does("Submit the verdict for review")
                            .keys(Key.typed('r'))
                            .scope(Scope.QUEUE_AND_TEXT)
                            .when(CLAIM_SELECTED),
                    in(REVIEW, APPROVE, "Approve", "Approve")
                            .does("Approve the proposed verdict (a second reviewer)")
                            .keys(Key.menuShift(VK_P))
                            .when(CLAIM_SELECTED),
                    in(REVIEW, RETURN, "Return", "Return…")
                            .does("Send the claim back with a comment")
                            .keys(Key.menuShift(VK_R))
                            .when(CLAIM_SELECTED),
                    in(REVIEW, REOPEN, "Reopen", "Reopen…")
                            .does("Reopen an approved claim, with a reason")
                            .when(CLAIM_SELECTED),
                    in(REVIEW, REVIEW_MODE, "ReviewMode", "Review mode…")
                            .does("Choose four-eyes or blind double review for the article shown")
                            .when(ARTICLE_SHOWN)
                            .separatorBefore(),
                    in(REVIEW, ADJUDICATION_QUEUE, "AdjudicationQueue", "Adjudication queue…")
                            .does("List the claims whose two blind verdicts differ and open one")
                            .when(DATABASE_OPEN),
                    keysOnly(SAVE_VERDICT, Scope.RATIONALE, "Save verdict")
                            .does("Save the verdict and its rationale")
                            .keys(Key.ctrl(VK_ENTER)),
                    keysOnly(BACK_TO_QUEUE, Scope.RATIONALE, "Back to the queue")
                            .does("Leave the rationale for the claim queue")
                            .keys(Key.plain(VK_ESCAPE)),
                    tab(TAB_CLAIM, "Claim", "Show the claim, its flags and its checklist", VK_1),
                    tab(TAB_EVIDENCE, "Evidence", "Show the claim's evidence", VK_2),
                    tab(TAB_VERDICT, "Verdict", "Show the claim's verdict and rationale", VK_3),
                    tab(TAB_HISTORY, "History", "Show every change of the claim", VK_4),
                    tab(TAB_SIMILAR, "Checked before", "Show claims and fact-checks that say much the same", VK_5),
                    in(VIEW, REFRESH, "Refresh", "Refresh")
                            .does("Reload the articles and claims, with what other reviewers changed meanwhile")
                            .keys(Key.plain(VK_F5))
                            .when(DATABASE_OPEN)
                            .separatorBefore(),
                    in(VIEW, DASHBOARD, "Dashboard", "Dashboard")
                            .does("The desk's figures at a glance: claims by state, verdicts, approvals per day,"
                                    + " each reviewer's work, agreement; again to go back to the articles")
                            .keys(Key.menuShift(VK_B))
                            .icon("dashboard")
                            .toolbarStem("Dashboard")
                            .kind(ActionSpec.Kind.TOGGLE)
                            .when(DATABASE_OPEN),
                    in(VIEW, ARTICLE_LIST, "ArticleList", "Article list")
                            .does("Show or hide the list of articles beside the text")
                            .keys(Key.menuShift(VK_L))
                            .kind(ActionSpec.Kind.TOGGLE),
                    in(VIEW, DARK_THEME, "DarkTheme", "Dark theme")
                            .does("Switch between the light and the dark theme")
                            .keys(Key.menuShift(VK_T))
                            .icon("theme")
                            .toolbarStem("Theme")
                            .kind(ActionSpec.Kind.TOGGLE),
                    in(SETTINGS, VERDICT_SCALES, "VerdictScales", "Verdict scales…")
                            .does("Choose the desk's and the article's verdict scale; make, edit, export and import"
                                    + " scales")
                            .when(DATABASE_OPEN),
                    in(HELP, SHORTCUTS, "Shortcuts", "Keyboard shortcuts")
                            .does("Every keyboard shortcut on one sheet")
                            .keys(Key.plain(VK_F1)),
                    in(HELP, ABOUT, "About", "About ClaimDesk").does("Version and licence"))
            .map(SpecBuilder::build)
            .toList();

    private static final Map<ActionId, ActionSpec> BY_ID = index();

    /** The toolbar: groups of buttons with a separator between them, then what sits at the right end. */
    private static final List<List<ActionId>> TOOLBAR =
            List.of(List.of(IMPORT, OPEN_DEMO), List.of(SWITCH_REVIEWER), List.of(DASHBOARD));

    private static final List<ActionId> TOOLBAR_END = List.of(DARK_THEME);

    private ActionCatalogue() {}

    public static List<ActionSpec> all() {
        return ALL;
    }

    public static ActionSpec spec(ActionId id) {
        return BY_ID.get(id);
    }

    /** The items of one menu, in order. */
    public static List<ActionSpec> menu(TopMenu menu) {
        return ALL.stream().filter(s -> s.menu() == menu).toList();
    }

    public static List<List<ActionId>> toolbarGroups() {
        return TOOLBAR;
    }

    public static List<ActionId> toolbarEnd() {
        return TOOLBAR_END;
    }

    /** The platform's menu key: Ctrl, or Cmd on macOS (Ctrl where there is no display). */
    public static int menuMask() {
        return GraphicsEnvironment.isHeadless()
                ? InputEvent.CTRL_DOWN_MASK
                : Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    /** The action's first key, as bound on this platform. */
    public static KeyStroke keyStroke(ActionId id) {
        return spec(id).keys().get(0).stroke(menuMask());
    }

    /** The action's keys as the sheet writes them on this platform ("Ctrl+F"). */
    public static String keysText(ActionId id) {
        return spec(id).keysText(menuMask());
    }

    /** The single character that runs a queue-and-text action. */
    public static char typedKey(ActionId id) {
        return typedKeys(id).get(0);
    }

    /** The characters that run a queue-and-text action ('1' … '9' for the verdicts). */
    public static List<Character> typedKeys(ActionId id) {
        return spec(id).keys().stream().map(Key::typed).toList();
    }

    /** The F1 sheet: every action with keys, the queue's and the rationale's first, then by menu. */
    public static List<ShortcutRow> shortcutRows(int menuMask) {
        Comparator<ActionSpec> byPlace = Comparator.comparingInt(ActionCatalogue::sheetRank);
        return ALL.stream()
                .filter(ActionSpec::hasKeys)
                .sorted(byPlace) // stable: catalogue order within a group
                .map(s -> new ShortcutRow(s.where(), s.keysText(menuMask), s.name(), s.description()))
                .toList();
    }

    /** The user guide's table (Markdown), with Ctrl for the menu key. */
    public static String markdownTable() {
        StringBuilder md = new StringBuilder(MARKDOWN_HEAD);
        for (ShortcutRow r : shortcutRows(InputEvent.CTRL_DOWN_MASK)) {
            md.append("| ")
                    .append(cell(r.where()))
                    .append(" | ")
                    .append(cell(r.keys()))
                    .append(" | ")
                    .append(cell(r.command()))
                    .append(" | ")
                    .append(cell(r.what()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static int sheetRank(ActionSpec s) {
        return switch (s.scope()) {
            case QUEUE_AND_TEXT -> 0;
            case RATIONALE -> 1;
            case WINDOW -> 2 + s.menu().ordinal();
        };
    }

    private static Map<ActionId, ActionSpec> index() {
        Map<ActionId, ActionSpec> byId = new EnumMap<>(ActionId.class);
        for (ActionSpec s : ALL) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalStateException(s.id() + " is in the catalogue twice");
            }
        }
        List<ActionId> missing = new ArrayList<>(Arrays.asList(ActionId.values()));
        missing.removeAll(byId.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not in the catalogue: " + missing);
        }
        return byId;
    }

    private static Key[] digits() {
        Key[] keys = new Key[9];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.typed((char) ('1' + i));
        }
        return keys;
    }

    private static SpecBuilder tab(ActionId id, String tab, String description, int key) {
        return in(VIEW, id, "Tab" + tab, tab + " tab")
                .does(description)
                .keys(Key.menu(key))
                .when(ARTICLE_SHOWN);
    }

    private static SpecBuilder in(TopMenu menu, ActionId id, String stem, String name) {
        return new SpecBuilder(menu, id, stem, name);
    }

    private static SpecBuilder keysOnly(ActionId id, Scope scope, String name) {
        return new SpecBuilder(null, id, null, name).scope(scope);
    }
}
