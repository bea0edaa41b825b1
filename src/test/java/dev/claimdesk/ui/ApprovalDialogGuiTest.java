package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.Stance;
import dev.claimdesk.testsupport.GuiTest;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/** The approval dialog shows what is approved; Enter approves with the comment, Escape cancels. */
@GuiTest
class ApprovalDialogGuiTest {
    static final ApprovalSummary SUMMARY = new ApprovalSummary(
            3,
            "The battery park in Nordhaven can store 60 GWh of electricity, the operator said.",
            "False",
            "The grid operator's report gives 40 GWh for 2025.",
            "Ada Lovelace",
            Map.of(Stance.REFUTES, 2, Stance.CONTEXT, 1),
            List.of("Found the original figure, with its unit and date?"),
            List.of());

    @Test
    void enterApprovesWithTheCommentTyped(Robot robot) {
        AtomicReference<Optional<String>> result = new AtomicReference<>();
        DialogFixture d = open(robot, result);
        assertThat(d.target().getTitle()).isEqualTo("Approve the verdict of claim 3");
        assertThat(d.textBox("approvalClaim").text()).contains("60 GWh");
        assertThat(d.label("approvalVerdict").text()).isEqualTo("False, proposed by Ada Lovelace");
        assertThat(d.textBox("approvalRationale").text())
                .isEqualTo("The grid operator's report gives 40 GWh for 2025.");
        assertThat(d.textBox("approvalEvidence").text()).isEqualTo("3 items: 2 refutes, 1 context");
        assertThat(d.textBox("approvalAttention").text())
                .isEqualTo("This check was never ticked:\n\u2022 Found the original figure, with its unit and date?");

        d.textBox("approvalComment").enterText("Checked the report myself.");
        d.textBox("approvalComment").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        MainWindowGuiTest.waitUntil("the dialog answers", () -> result.get() != null);

        assertThat(result.get()).contains("Checked the report myself.");
    }

    @Test
    void escapeCancels(Robot robot) {
        AtomicReference<Optional<String>> result = new AtomicReference<>();
        DialogFixture d = open(robot, result);
        d.textBox("approvalComment").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        MainWindowGuiTest.waitUntil("the dialog answers", () -> result.get() != null);
        assertThat(result.get()).isEmpty();
    }

    private static DialogFixture open(Robot robot, AtomicReference<Optional<String>> result) {
        SwingUtilities.invokeLater(() -> result.set(new ApprovalDialog(null, SUMMARY).showAndWait()));
        DialogFixture d =
                WindowFinder.findDialog("approvalDialog").withTimeout(10_000).using(robot);
        GuiActionRunner.execute(() -> d.target().toFront());
        return d;
    }
}
