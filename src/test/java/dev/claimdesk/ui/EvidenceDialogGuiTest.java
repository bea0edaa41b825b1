package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.Reliability;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.Clicks;
import dev.claimdesk.testsupport.GuiTest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/** The evidence editor on a real window: mistakes are explained in place and nothing typed is lost. */
@GuiTest
class EvidenceDialogGuiTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aBadDateOrAddressIsExplainedAndTheEditorStaysOpenWithWhatWasTyped(Robot robot) {
        AtomicReference<Optional<Evidence>> result = new AtomicReference<>();
        SwingUtilities.invokeLater(
                () -> result.set(new EvidenceDialog(null, 7, null, "Ada Lovelace", TODAY).showAndWait()));
        DialogFixture d =
                WindowFinder.findDialog("evidenceDialog").withTimeout(10_000).using(robot);
        set(d, "evidenceTitle", "Grid operator annual report 2025");
        set(d, "evidenceUrl", "javascript:alert(1)");
        set(d, "evidencePublished", "11/02/2025");

        Clicks.clickUntil(
                d.button("evidenceOk"),
                "the date problem is shown",
                () -> problem(d).contains("YYYY-MM-DD"));
        assertThat(GuiActionRunner.execute(() -> d.target().isShowing())).isTrue();
        assertThat(d.textBox("evidenceTitle").text()).isEqualTo("Grid operator annual report 2025");

        set(d, "evidencePublished", "2025-02-11");
        Clicks.clickUntil(
                d.button("evidenceOk"),
                "the address problem is shown",
                () -> problem(d).contains("https://"));
        assertThat(result.get()).as("nothing returned while a field is wrong").isNull();

        set(d, "evidenceUrl", "https://grid.example/annual-2025");
        Clicks.clickUntil(
                d.button("evidenceOk"), "the editor closes", () -> !d.target().isShowing());
        MainWindowGuiTest.waitUntil("the result is handed back", () -> result.get() != null);
        Evidence e = result.get().orElseThrow();
        assertThat(e.claimId()).isEqualTo(7);
        assertThat(e.url()).isEqualTo("https://grid.example/annual-2025");
        assertThat(e.title()).isEqualTo("Grid operator annual report 2025");
        assertThat(e.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(e.accessedOn()).as("filled in with today").isEqualTo(TODAY);
        assertThat(e.stance()).isEqualTo(Stance.CONTEXT);
        assertThat(e.reliability()).isEqualTo(Reliability.C);
    }

    @Test
    void theEditorSaysWhichClaimTheEvidenceIsFor(Robot robot) {
        dev.claimdesk.domain.Claim claim = new dev.claimdesk.domain.ClaimBuilder()
                .id(7)
                .articleId(1)
                .position(12)
                .span(0, 40)
                .text("The battery park in Nordhaven can store 60 GWh of electricity.")
                .state(dev.claimdesk.domain.ClaimState.OPEN)
                .build();
        SwingUtilities.invokeLater(() -> new EvidenceDialog(null, claim, null, "Ada Lovelace", TODAY).showAndWait());
        DialogFixture d =
                WindowFinder.findDialog("evidenceDialog").withTimeout(10_000).using(robot);
        assertThat(GuiActionRunner.execute(() -> d.target().getTitle())).isEqualTo("New evidence for claim 12");
        assertThat(d.textBox("evidenceClaim").text())
                .isEqualTo("\u201cThe battery park in Nordhaven can store 60 GWh of electricity.\u201d");
        d.button("evidenceCancel").click();
    }

    private static void set(DialogFixture d, String field, String text) {
        GuiActionRunner.execute(() -> d.textBox(field).target().setText(text));
    }

    private static String problem(DialogFixture d) {
        return GuiActionRunner.execute(() -> d.label("evidenceProblem").target().getText());
    }
}
