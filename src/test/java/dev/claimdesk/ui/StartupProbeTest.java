package dev.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The start-up probe: each mode changes what the window does at its two milestones. */
class StartupProbeTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicInteger quits = new AtomicInteger();

    private String run(StartupProbe.Mode mode) throws Exception {
        StartupProbe probe = new StartupProbe(
                mode, new java.io.PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true));
        probe.onExit(quits::incrementAndGet);
        SwingUtilities.invokeAndWait(() -> {
            probe.shown();
            probe.shown(); // a window shown again (restored, say) is not a second start
            probe.settled();
            probe.settled(); // nor is a second article opened
        });
        SwingUtilities.invokeAndWait(() -> {}); // the lines are written after the queued events
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printWritesEachMilestoneOnceAndKeepsTheWindowOpen() throws Exception {
        assertThat(run(StartupProbe.Mode.PRINT).lines())
                .containsExactly("claimdesk-probe shown", "claimdesk-probe settled");
        assertThat(quits).hasValue(0);
    }

    @Test
    void exitWritesBothMilestonesThenQuits() throws Exception {
        assertThat(run(StartupProbe.Mode.EXIT).lines())
                .containsExactly("claimdesk-probe shown", "claimdesk-probe settled");
        assertThat(quits).hasValue(1);
    }

    @Test
    void offWritesNothingAndNeverQuits() throws Exception {
        assertThat(run(StartupProbe.Mode.OFF)).isEmpty();
        assertThat(quits).hasValue(0);
    }

    @Test
    void theSystemPropertyChoosesTheMode() {
        String before = System.getProperty(StartupProbe.PROPERTY);
        try {
            System.setProperty(StartupProbe.PROPERTY, "exit");
            assertThat(StartupProbe.fromSystem(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                            .mode())
                    .isEqualTo(StartupProbe.Mode.EXIT);
            System.setProperty(StartupProbe.PROPERTY, "print");
            assertThat(StartupProbe.fromSystem(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                            .mode())
                    .isEqualTo(StartupProbe.Mode.PRINT);
            System.setProperty(StartupProbe.PROPERTY, "yes please");
            assertThat(StartupProbe.fromSystem(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                            .mode())
                    .isEqualTo(StartupProbe.Mode.OFF);
            System.clearProperty(StartupProbe.PROPERTY);
            assertThat(StartupProbe.fromSystem(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                            .mode())
                    .isEqualTo(StartupProbe.Mode.OFF);
        } finally {
            if (before == null) {
                System.clearProperty(StartupProbe.PROPERTY);
            } else {
                System.setProperty(StartupProbe.PROPERTY, before);
            }
        }
    }
}
