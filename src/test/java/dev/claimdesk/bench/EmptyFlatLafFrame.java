package dev.claimdesk.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * The start-up benchmark's baseline (issue 15): the least a FlatLaf application shows, a frame of
 * ClaimDesk's default size with one label. It prints the same probe lines as ClaimDesk, at the
 * same kind of moment: {@code shown} after {@code windowOpened}, {@code settled} once its content
 * is on screen (the events queued behind it have run); with {@code -Dclaimdesk.startupProbe=exit}
 * it then quits.
 */
public final class EmptyFlatLafFrame {
    private EmptyFlatLafFrame() {}

    public static void main(String[] args) {
        boolean exit = "exit".equals(System.getProperty("claimdesk.startupProbe"));
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Empty FlatLaf frame");
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.add(new JLabel("An empty window", SwingConstants.CENTER), BorderLayout.CENTER);
            frame.setSize(1280, 820);
            frame.setLocationRelativeTo(null);
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    SwingUtilities.invokeLater(() -> {
                        System.out.println("claimdesk-probe shown");
                        SwingUtilities.invokeLater(() -> {
                            System.out.println("claimdesk-probe settled");
                            System.out.flush();
                            if (exit) {
                                frame.dispose();
                                System.exit(0);
                            }
                        });
                    });
                }
            });
            frame.setVisible(true);
        });
    }
}
