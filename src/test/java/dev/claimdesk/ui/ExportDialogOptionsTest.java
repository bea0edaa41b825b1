package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.app.ExportService;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.SearchQuery;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of the export dialog reaches the export: the dialog is filled as a user would (by
 * its named widgets), once as it opens and once with one option changed, and the options it hands
 * on must differ in exactly what that option promises. The export service's own tests prove each
 * of those options changes the file.
 */
@GuiTest
class ExportDialogOptionsTest {
    static Stream<Arguments> options() {
        return Stream.of(
                option("kind", d -> combo(d, "exportKind").setSelectedIndex(1), o -> o.kind()),
                option("all articles", d -> button(d, "exportAllArticles").doClick(), o -> o.articleId()),
                option("byte order mark", d -> button(d, "exportBom").doClick(), o -> o.bom()),
                option("raw", d -> button(d, "exportRaw").doClick(), o -> o.raw()),
                option("organisation", d -> field(d, "exportOrgName").setText("Desk"), o -> o.orgName()),
                option(
                        "organisation site",
                        d -> field(d, "exportOrgUrl").setText("https://desk.example"),
                        o -> o.orgUrl()),
                option(
                        "URL pattern",
                        d -> field(d, "exportUrlPattern").setText("https://d.example/{claim_id}"),
                        o -> o.urlPattern()),
                option(
                        "state",
                        d -> combo(d, "exportState").setSelectedIndex(1 + ClaimState.APPROVED.ordinal()),
                        o -> o.filter().states()),
                option(
                        "search",
                        d -> field(d, "exportSearch").setText("torque degrees"),
                        o -> o.filter().search()));
    }

    private static Arguments option(
            String name, Consumer<ExportDialog> change, Function<ExportService.Options, Object> field) {
        return Arguments.of(name, change, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void everyDialogOptionChangesWhatIsExported(
            String name, Consumer<ExportDialog> change, Function<ExportService.Options, Object> field) {
        ExportService.Options before = choose(d -> {});
        ExportService.Options after = choose(change);
        assertThat(field.apply(after)).as(name).isNotEqualTo(field.apply(before));
        if (name.equals("state")) {
            assertThat(after.filter().states()).containsExactly(ClaimState.APPROVED);
        }
        if (name.equals("search")) {
            assertThat(after.filter().search()).isEqualTo(SearchQuery.parse("torque degrees"));
        }
    }

    @org.junit.jupiter.api.Test
    void withSeveralClaimsSelectedTheDialogOffersToExportOnlyThem() {
        ExportService.Options selection = new ExportService.Options(
                        ExportService.Kind.CSV, 0, false, false, null, null, null)
                .withClaims(java.util.Set.of(3L, 5L, 8L));
        String text = GuiActionRunner.execute(() -> {
            ExportDialog d = new ExportDialog(null, 7L, "An article", selection, Path.of("."));
            String t = button(d, "exportOnlySelected").getText();
            boolean on = button(d, "exportOnlySelected").isSelected();
            boolean articlesLocked = !button(d, "exportAllArticles").isEnabled();
            d.dispose();
            return t + "|" + on + "|" + articlesLocked;
        });
        assertThat(text).isEqualTo("Only the 3 claims selected in the queue|true|true");
        ExportService.Options kept = choose(selection, d -> {});
        assertThat(kept.claimIds()).containsExactlyInAnyOrder(3L, 5L, 8L);
        assertThat(kept.articleId()).as("the selection is of this article").isEqualTo(7L);
        ExportService.Options all =
                choose(selection, d -> button(d, "exportOnlySelected").doClick());
        assertThat(all.claimIds()).as("unticked: the filter alone decides").isNull();
        assertThat(choose(d -> {}).claimIds()).as("no selection, no limit").isNull();
        assertThat(GuiActionRunner.execute(() -> {
                    ExportDialog d = new ExportDialog(
                            null,
                            7L,
                            "An article",
                            new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null),
                            Path.of("."));
                    boolean shown = find(d, "exportOnlySelected") != null;
                    d.dispose();
                    return shown;
                }))
                .isFalse();
    }

    private static ExportService.Options choose(Consumer<ExportDialog> change) {
        return choose(new ExportService.Options(ExportService.Kind.CSV, 0, false, false, null, null, null), change);
    }

    private static ExportService.Options choose(ExportService.Options defaults, Consumer<ExportDialog> change) {
        return GuiActionRunner.execute(() -> {
            ExportDialog d =
                    new ExportDialog(null, 7L, "An article", defaults, Path.of(System.getProperty("java.io.tmpdir")));
            field(d, "exportFile")
                    .setText(Path.of(System.getProperty("java.io.tmpdir"), "out.csv")
                            .toString());
            change.accept(d);
            button(d, "exportOk").doClick();
            ExportService.Options o = d.choice()
                    .orElseThrow(() -> new AssertionError(
                            "the dialog refused: " + ((javax.swing.JLabel) find(d, "exportProblem")).getText()))
                    .options();
            d.dispose();
            return o;
        });
    }

    private static JTextField field(Container root, String name) {
        return (JTextField) find(root, name);
    }

    private static AbstractButton button(Container root, String name) {
        return (AbstractButton) find(root, name);
    }

    private static JComboBox<?> combo(Container root, String name) {
        return (JComboBox<?>) find(root, name);
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component f = find(k, name);
                if (f != null) {
                    return f;
                }
            }
        }
        if (root instanceof javax.swing.JDialog dialog && root != dialog.getContentPane()) {
            return find(dialog.getContentPane(), name);
        }
        return null;
    }
}
