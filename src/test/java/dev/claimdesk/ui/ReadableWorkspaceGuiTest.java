package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import dev.claimdesk.app.Settings;
import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleFormat;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimBuilder;
import dev.claimdesk.domain.ClaimKind;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.Color;
import java.awt.Component;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workspace is read without hovering: whole claims in wrapped rows, columns that fit what they
 * show, the article list out of the way when asked, colours that survive a selection in both
 * themes, search hits marked in the text, and the verdict tab's rules and hints as the scale and
 * the workflow state them. Built from the views themselves, without a database.
 */
@GuiTest
class ReadableWorkspaceGuiTest {
    static final String LONG =
            "The ministry said the new plant, which was built in only fourteen months by a consortium"
                    + " of three regional utilities, will supply 1.2 million homes, cut the region's emissions by 40 percent"
                    + " compared with 2019 and make it the largest producer of green hydrogen in Europe by 2030, a claim"
                    + " that independent analysts have questioned.";
    static final List<VerdictLabel> LABELS = List.of(
            label(1, "TRUE", "True", "#2e7d32", "1"),
            label(2, "MOSTLY_TRUE", "Mostly true", "#689f38", "2"),
            label(3, "HALF_TRUE", "Half true", "#f9a825", "3"),
            label(4, "MOSTLY_FALSE", "Mostly false", "#ef6c00", "4"),
            label(5, "FALSE", "False", "#c62828", "5"),
            label(6, "MISLEADING", "Misleading / missing context", "#8e24aa", "6"),
            label(7, "UNVERIFIABLE", "Unverifiable", "#546e7a", "7"),
            label(8, "NOT_A_CLAIM", "Not a factual claim", "#90a4ae", "8"));

    @TempDir
    Path dir;

    JFrame frame;

    @BeforeEach
    void lightTheme() {
        GuiActionRunner.execute(() -> theme(Theme.LIGHT));
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            if (frame != null) {
                frame.dispose();
            }
            theme(Theme.LIGHT);
        });
    }

    @Test
    void theNumberColumnShowsFourDigitsUnclipped(Robot robot) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            claims.add(claim(i, i, "Sales rose " + i + " percent.", ClaimState.PROPOSED, null));
        }
        ClaimQueue queue = showQueue(robot, claims, 1280);

        JTable t = queue.table();
        int row = GuiActionRunner.execute(() -> t.convertRowIndexToView(((ClaimTableModel) t.getModel()).rowOf(1000)));
        int needed = GuiActionRunner.execute(() -> preferredWidth(t, row, ClaimTableModel.POSITION));
        int width = GuiActionRunner.execute(() -> column(t, ClaimTableModel.POSITION));
        assertThat(GuiActionRunner.execute(() -> String.valueOf(t.getValueAt(row, ClaimTableModel.POSITION))))
                .isEqualTo("1000");
        assertThat(width).as("the # column fits \"1000\"").isGreaterThanOrEqualTo(needed);
        assertThat(width).as("and five digits").isGreaterThanOrEqualTo(GuiActionRunner.execute(() -> {
            Component c = t.getCellRenderer(row, ClaimTableModel.POSITION)
                    .getTableCellRendererComponent(t, 99999, false, false, row, ClaimTableModel.POSITION);
            return c.getPreferredSize().width;
        }));
    }

    @Test
    void aLongClaimWrapsOntoATallerRowAndIsShownWhole(Robot robot) {
        Claim longOne = claim(1, 1, LONG, ClaimState.OPEN, null);
        Claim shortOne = claim(2, 2, "Sales rose 4 percent.", ClaimState.OPEN, null);
        ClaimQueue queue = showQueue(robot, List.of(longOne, shortOne), 1280);
        JTable t = queue.table();

        int lineHeight =
                GuiActionRunner.execute(() -> t.getFontMetrics(t.getFont()).getHeight());
        int tall = GuiActionRunner.execute(() -> t.getRowHeight(0));
        int oneLine = GuiActionRunner.execute(() -> t.getRowHeight(1));
        assertThat(shownLines(t, 1, ClaimTableModel.TEXT)).as("a short claim").hasSize(1);
        assertThat(tall).as("the long claim's row").isGreaterThanOrEqualTo(oneLine + 2 * lineHeight);

        List<String> lines = shownLines(t, 0, ClaimTableModel.TEXT);
        assertThat(lines.size()).as("lines").isGreaterThan(1);
        assertThat(String.join(" ", lines)).as("the whole text, line by line").isEqualTo(LONG);
        Rectangle cell = GuiActionRunner.execute(() -> t.getCellRect(0, ClaimTableModel.TEXT, false));
        assertThat(lines.size() * lineHeight).as("every line fits in the cell").isLessThanOrEqualTo(cell.height);

        // Narrower: the text wraps onto more lines and the row grows with it.
        GuiActionRunner.execute(() -> {
            frame.setSize(900, 700);
            frame.validate();
        });
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> t.getRowHeight(0))).isGreaterThan(tall);
        assertThat(String.join(" ", shownLines(t, 0, ClaimTableModel.TEXT))).isEqualTo(LONG);
    }

    @Test
    void kindsStatesAndVerdictsAreNeverCut(Robot robot) {
        Claim all = new ClaimBuilder()
                .id(1)
                .articleId(1)
                .span(0, 10)
                .text(LONG)
                .kinds(Set.of(ClaimKind.values()))
                .state(ClaimState.READY_FOR_REVIEW)
                .position(1)
                .build();
        Claim misleading = claim(2, 2, "Sales rose.", ClaimState.IN_RESEARCH, 6L);
        ClaimQueue queue = showQueue(robot, List.of(all, misleading), 1280);
        JTable t = queue.table();

        String kinds = String.join(" ", shownLines(t, 0, ClaimTableModel.KINDS));
        for (ClaimKind k : ClaimKind.values()) {
            assertThat(kinds).as("every kind, each on one line").contains(k.label());
        }
        assertThat(String.join(" ", shownLines(t, 0, ClaimTableModel.STATE))).isEqualTo("ready for review");
        assertThat(String.join(" ", shownLines(t, 1, ClaimTableModel.VERDICT)))
                .isEqualTo("Misleading / missing context");
        int kindWidth = GuiActionRunner.execute(() -> column(t, ClaimTableModel.KINDS));
        for (ClaimKind k : ClaimKind.values()) {
            int needed = GuiActionRunner.execute(
                    () -> ((WrappingCellRenderer) t.getDefaultRenderer(String.class)).widthFor(t, k.label(), null));
            assertThat(kindWidth).as(k.label()).isGreaterThanOrEqualTo(needed);
        }
    }

    @Test
    void linesBreakBetweenWordsNeverInsideANumberOrATime() {
        List<String> lines = GuiActionRunner.execute(() -> {
            javax.swing.JLabel c = new javax.swing.JLabel();
            java.awt.FontMetrics fm = c.getFontMetrics(c.getFont());
            return new LineWrap().lines("2026-12-02 02:08 and 1,000.5", c, fm, fm.stringWidth("2026-12-02 02:0"));
        });
        assertThat(lines).containsExactly("2026-12-02", "02:08 and", "1,000.5");
        List<String> cut = GuiActionRunner.execute(() -> {
            javax.swing.JLabel c = new javax.swing.JLabel();
            java.awt.FontMetrics fm = c.getFontMetrics(c.getFont());
            return new LineWrap().lines("Xiaoming", c, fm, fm.stringWidth("Xiao"));
        });
        assertThat(String.join("", cut))
                .as("a word wider than the line is cut, nothing lost")
                .isEqualTo("Xiaoming");
        assertThat(cut).hasSizeGreaterThan(1);
    }

    /** Measured, not asserted (a loaded machine makes any threshold lie); docs/benchmarks.md records it. */
    @Test
    void tenThousandRowsAreMeasured(Robot robot) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            claims.add(claim(
                    i,
                    i,
                    (i % 3 == 0 ? LONG : "Plant " + i + " produced 400 GWh in 2024."),
                    ClaimState.PROPOSED,
                    null));
        }
        ClaimQueue queue = showQueue(robot, claims, 1440);
        long nanos = GuiActionRunner.execute(() -> {
            long start = System.nanoTime();
            queue.rowHeights().remeasure();
            return System.nanoTime() - start;
        });
        System.out.printf("RowHeights: 10,000 rows measured in %d ms%n", nanos / 1_000_000);
        JTable t = queue.table();
        assertThat(GuiActionRunner.execute(() -> t.getRowHeight(t.convertRowIndexToView(2))))
                .as("a long claim deep in the queue")
                .isGreaterThan(GuiActionRunner.execute(() -> t.getRowHeight(t.convertRowIndexToView(3))));
    }

    @Test
    void hidingTheArticleListIsRememberedAndWidensTheQueue(Robot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        ArticleView shown = showWorkspace(robot, settings);
        int withList = GuiActionRunner.execute(() -> shown.queue().table().getWidth());
        assertThat(GuiActionRunner.execute(() -> shown.isArticleListShown())).isTrue();

        GuiActionRunner.execute(() -> ((javax.swing.JToggleButton) find(shown, "toggleArticleList")).doClick());
        robot.waitForIdle();
        assertThat(settings.get(WorkspaceLayout.LIST_SETTING)).contains("hidden");
        assertThat(GuiActionRunner.execute(() -> find(shown, "articlePane").isShowing()))
                .isFalse();
        int withoutList = GuiActionRunner.execute(() -> shown.queue().table().getWidth());
        assertThat(withoutList).as("the queue takes the list's width").isGreaterThan(withList);
        GuiActionRunner.execute(() -> frame.dispose());

        ArticleView again = showWorkspace(robot, settings);
        assertThat(GuiActionRunner.execute(() -> again.isArticleListShown()))
                .as("remembered")
                .isFalse();
        assertThat(GuiActionRunner.execute(() -> find(again, "articlePane").isShowing()))
                .isFalse();
        assertThat(GuiActionRunner.execute(
                        () -> ((javax.swing.JToggleButton) find(again, "toggleArticleList")).isSelected()))
                .isFalse();
        assertThat(GuiActionRunner.execute(() -> again.queue().table().getWidth()))
                .isEqualTo(withoutList);
    }

    @Test
    void searchHitsAreMarkedInTheTextUntilTheSearchIsCleared(Robot robot) {
        ArticleView view = showWorkspace(robot, Settings.load(dir.resolve("settings.properties")));
        List<Claim> claims = GuiActionRunner.execute(() -> view.queue().model().claims());
        Claim hit = claims.get(1);

        GuiActionRunner.execute(() -> view.showSearchResult(Set.of(hit.id())));
        List<int[]> marked = GuiActionRunner.execute(() -> view.highlights().hitSpans());
        assertThat(marked)
                .as("the found claim's span, marked in the text's highlighter")
                .singleElement()
                .satisfies(span -> assertThat(span).containsExactly(hit.startOffset(), hit.endOffset()));
        assertThat(GuiActionRunner.execute(() -> view.highlights().hitIds())).containsExactly(hit.id());

        GuiActionRunner.execute(() -> view.showSearchResult(null));
        assertThat(GuiActionRunner.execute(() -> view.highlights().hitSpans())).isEmpty();
        assertThat(GuiActionRunner.execute(() -> view.highlights().hitIds())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aSelectedApprovedClaimKeepsItsVerdictColour(Theme theme, Robot robot) {
        GuiActionRunner.execute(() -> theme(theme));
        Claim approved = claim(1, 1, "Sales rose 4 percent.", ClaimState.APPROVED, 1L);
        Claim open = claim(2, 2, "Sales fell 3 percent.", ClaimState.OPEN, null);
        ClaimQueue queue = showQueue(robot, List.of(approved, open), 1280);
        JTable t = queue.table();

        Color approvedAccent = GuiActionRunner.execute(() -> accentOfSelected(t, 0));
        Color openAccent = GuiActionRunner.execute(() -> accentOfSelected(t, 1));
        assertThat(approvedAccent)
                .as(theme + ": approved vs open, both selected")
                .isNotEqualTo(openAccent);
        assertThat(approvedAccent)
                .as(theme + ": the verdict's colour")
                .isEqualTo(GuiActionRunner.execute(() -> ClaimColours.verdict(LABELS.get(0))));
        assertThat(approvedAccent)
                .as(theme + ": not the selection's colour")
                .isNotEqualTo(GuiActionRunner.execute(() -> t.getSelectionBackground()));
        // In the text, too: the selected claim is laid on in its verdict's colour, stronger than the rest.
        Color selectedFill = GuiActionRunner.execute(() -> ClaimColours.highlight(approved, LABELS.get(0), true));
        Color otherFill = GuiActionRunner.execute(() -> ClaimColours.highlight(open, null, true));
        assertThat(rgb(selectedFill)).isNotEqualTo(rgb(otherFill));
        assertThat(selectedFill.getAlpha())
                .isGreaterThan(GuiActionRunner.execute(() -> ClaimColours.highlight(approved, LABELS.get(0), false))
                        .getAlpha());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aVerdictColoursTheClaimOnlyOnceApprovedAndReviewIsNoVerdictsColour(Theme theme) {
        GuiActionRunner.execute(() -> theme(theme));
        VerdictLabel misleading =
                new VerdictLabel(6, 1, "MISLEADING", "Misleading / missing context", null, "#8e24aa", "6", 6);
        Claim proposed = claim(1, 1, "Sales rose 4 percent.", ClaimState.IN_RESEARCH, 6L);
        Claim waiting = claim(2, 2, "Sales rose 4 percent.", ClaimState.READY_FOR_REVIEW, 6L);
        Claim approved = claim(3, 3, "Sales rose 4 percent.", ClaimState.APPROVED, 6L);
        Color inResearch = GuiActionRunner.execute(() -> ClaimColours.accent(proposed, misleading));
        Color review = GuiActionRunner.execute(() -> ClaimColours.accent(waiting, misleading));
        Color decided = GuiActionRunner.execute(() -> ClaimColours.accent(approved, misleading));
        assertThat(decided).isEqualTo(GuiActionRunner.execute(() -> ClaimColours.verdict(misleading)));
        assertThat(review)
                .as(theme + ": waiting for review")
                .isNotEqualTo(decided)
                .isNotEqualTo(inResearch);
        for (String hex :
                List.of("#2e7d32", "#689f38", "#f9a825", "#ef6c00", "#c62828", "#8e24aa", "#546e7a", "#90a4ae")) {
            VerdictLabel l = new VerdictLabel(9, 1, "X", "X", null, hex, "9", 9);
            assertThat(review)
                    .as(theme + ": review is not the colour of verdict " + hex)
                    .isNotEqualTo(GuiActionRunner.execute(() -> ClaimColours.verdict(l)));
        }
    }

    @Test
    void theEvidenceCountStaysWhenTheSameClaimIsShownAgain(Robot robot) {
        Claim c = claim(1, 1, "Sales rose 4 percent.", ClaimState.IN_RESEARCH, null);
        dev.claimdesk.domain.Evidence e = new dev.claimdesk.domain.Evidence(
                1,
                1,
                "https://a.example",
                "A",
                "P",
                null,
                null,
                "q",
                dev.claimdesk.domain.Stance.REFUTES,
                dev.claimdesk.domain.SourceType.PRIMARY,
                dev.claimdesk.domain.Reliability.B,
                null,
                null,
                null,
                "Ada",
                Instant.EPOCH);
        String title = GuiActionRunner.execute(() -> {
            ClaimDetailPanel p = new ClaimDetailPanel();
            p.show(c, "Ada");
            p.showDetail(
                    new dev.claimdesk.domain.ClaimDetail(c, List.of(e, e, e), List.of(), List.of(), null, List.of()),
                    "Ada");
            p.show(c, "Grace"); // another reviewer (or a search) shows the same claim again
            return p.getTitleAt(ClaimDetailPanel.EVIDENCE_TAB);
        });
        assertThat(title).isEqualTo("Evidence (3)");
        String other = GuiActionRunner.execute(() -> {
            ClaimDetailPanel p = new ClaimDetailPanel();
            p.show(c, "Ada");
            p.showDetail(
                    new dev.claimdesk.domain.ClaimDetail(c, List.of(e), List.of(), List.of(), null, List.of()), "Ada");
            p.show(claim(2, 2, "Another.", ClaimState.OPEN, null), "Ada");
            return p.getTitleAt(ClaimDetailPanel.EVIDENCE_TAB);
        });
        assertThat(other).isEqualTo("Evidence");
    }

    @Test
    void theProposerCannotReturnTheirOwnVerdict(Robot robot) {
        VerdictPanel panel = showVerdictPanel(robot);
        Claim submitted = new ClaimBuilder()
                .id(1)
                .articleId(1)
                .span(0, 5)
                .text("Sales rose 4 percent.")
                .state(ClaimState.READY_FOR_REVIEW)
                .verdict(5L, "The grid data show 40 GWh.", "Ada Lovelace")
                .build();

        GuiActionRunner.execute(() -> panel.show(submitted, "Ada Lovelace"));
        javax.swing.JButton giveBack = (javax.swing.JButton) GuiActionRunner.execute(() -> find(panel, "returnClaim"));
        javax.swing.JButton approve = (javax.swing.JButton) GuiActionRunner.execute(() -> find(panel, "approveClaim"));
        assertThat(GuiActionRunner.execute(() -> giveBack.isEnabled()))
                .as("Return… for the proposer")
                .isFalse();
        assertThat(GuiActionRunner.execute(() -> giveBack.getToolTipText()))
                .contains("four-eyes")
                .contains("second reviewer");
        assertThat(GuiActionRunner.execute(() -> approve.isEnabled())).isFalse();

        GuiActionRunner.execute(() -> panel.show(submitted, "Grace Hopper"));
        assertThat(GuiActionRunner.execute(() -> giveBack.isEnabled()))
                .as("Return… for a second reviewer")
                .isTrue();
        assertThat(GuiActionRunner.execute(() -> approve.isEnabled())).isTrue();
        assertThat(GuiActionRunner.execute(() -> giveBack.getToolTipText())).doesNotContain("four-eyes");
    }

    @Test
    void theVerdictHintNamesTheKeysOfTheScale(Robot robot) {
        VerdictPanel panel = showVerdictPanel(robot);
        Claim researched = claim(1, 1, "Sales rose 4 percent.", ClaimState.IN_RESEARCH, null);
        javax.swing.JTextArea status =
                (javax.swing.JTextArea) GuiActionRunner.execute(() -> find(panel, "verdictStatus"));

        GuiActionRunner.execute(() -> {
            panel.setScale(new VerdictScale(1, "DEFAULT", "Default", LABELS));
            panel.show(researched, "Ada Lovelace");
        });
        assertThat(GuiActionRunner.execute(() -> status.getText()))
                .contains("(1-8)")
                .doesNotContain("1-9");

        GuiActionRunner.execute(() -> {
            panel.setScale(new VerdictScale(4, "META", "Meta", LABELS.subList(0, 6)));
            panel.show(researched, "Ada Lovelace");
        });
        assertThat(GuiActionRunner.execute(() -> status.getText())).contains("(1-6)");
    }

    // ----- helpers -----

    static VerdictLabel label(long id, String code, String name, String colour, String key) {
        return new VerdictLabel(id, 1, code, name, null, colour, key, (int) id);
    }

    static Claim claim(long id, int position, String text, ClaimState state, Long verdict) {
        return new ClaimBuilder()
                .id(id)
                .articleId(1)
                .span(0, Math.min(5, text.length()))
                .text(text)
                .kinds(Set.of(ClaimKind.QUANTITY))
                .checkworthiness(0.5)
                .state(state)
                .position(position)
                .verdict(verdict, null, verdict == null ? null : "Ada Lovelace")
                .build();
    }

    private static void theme(Theme theme) {
        FlatLaf.registerCustomDefaultsSource("dev.claimdesk.ui");
        theme.install();
    }

    private ClaimQueue showQueue(Robot robot, List<Claim> claims, int width) {
        ClaimQueue queue = show(robot, width, () -> new ClaimQueue(q -> {}));
        GuiActionRunner.execute(() -> {
            queue.setScaleLabels(LABELS);
            queue.setClaims(claims);
        });
        robot.waitForIdle();
        return queue;
    }

    /** The workspace with an article of three claims, the second in the middle of the text. */
    private ArticleView showWorkspace(Robot robot, Settings settings) {
        ArticleView view = show(robot, 1280, () -> new ArticleView(settings));
        String body = "Sales rose 4 percent in 2024. Exports fell 12 percent, the ministry said. Prices were stable.";
        List<Claim> claims = new ArrayList<>();
        int start = 0;
        for (String sentence : body.split("(?<=\\.) ")) {
            int at = body.indexOf(sentence, start);
            claims.add(new ClaimBuilder()
                    .id(claims.size() + 1)
                    .articleId(1)
                    .span(at, at + sentence.length())
                    .text(sentence)
                    .state(ClaimState.OPEN)
                    .position(claims.size() + 1)
                    .build());
            start = at + sentence.length();
        }
        Article a = new Article(
                1,
                "A short article",
                "The Outlet",
                null,
                null,
                null,
                "en",
                ArticleFormat.TEXT,
                body,
                "0",
                Instant.EPOCH,
                "Ada");
        GuiActionRunner.execute(() -> {
            view.showScale(new VerdictScale(1, "DEFAULT", "Default", LABELS));
            view.showArticles(List.of(a), java.util.Map.of(), 1L);
            view.showArticle(a, claims);
        });
        robot.waitForIdle();
        return view;
    }

    private VerdictPanel showVerdictPanel(Robot robot) {
        return show(robot, 600, VerdictPanel::new);
    }

    private <T extends JComponent> T show(Robot robot, int width, Supplier<T> make) {
        T made = GuiActionRunner.execute(() -> {
            T c = make.get();
            frame = new JFrame("readable");
            frame.setContentPane(c);
            frame.setSize(width, 800);
            frame.setVisible(true);
            return c;
        });
        robot.waitForIdle();
        return made;
    }

    private static int column(JTable t, int modelColumn) {
        return t.getColumnModel()
                .getColumn(t.convertColumnIndexToView(modelColumn))
                .getWidth();
    }

    private static int preferredWidth(JTable t, int row, int modelColumn) {
        int view = t.convertColumnIndexToView(modelColumn);
        return t.prepareRenderer(t.getCellRenderer(row, view), row, view).getPreferredSize().width;
    }

    /** The lines the wrapping renderer paints in a cell, sized as the table sizes it. */
    private static List<String> shownLines(JTable t, int row, int modelColumn) {
        return GuiActionRunner.execute(() -> {
            int view = t.convertColumnIndexToView(modelColumn);
            WrappingCellRenderer r = (WrappingCellRenderer) t.prepareRenderer(t.getCellRenderer(row, view), row, view);
            Rectangle cell = t.getCellRect(row, view, false);
            r.setBounds(cell);
            return r.lines();
        });
    }

    private static Color accentOfSelected(JTable t, int row) {
        t.setRowSelectionInterval(row, row);
        int view = t.convertColumnIndexToView(ClaimTableModel.POSITION);
        QueueRenderers.Number r = (QueueRenderers.Number) t.prepareRenderer(t.getCellRenderer(row, view), row, view);
        return r.accent();
    }

    private static int rgb(Color c) {
        return c.getRGB() & 0xffffff;
    }

    private static Component find(java.awt.Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                Component f = find(k, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
