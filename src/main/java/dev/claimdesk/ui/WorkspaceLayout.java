package dev.claimdesk.ui;

import dev.claimdesk.app.Settings;
import java.awt.event.HierarchyEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

/**
 * Where the parts of the workspace sit: the article list on the left (it can be hidden); on the
 * right the article text beside the selected claim's tabs, over the claim queue, which spans the
 * whole width so that claims are read on long lines. Divider positions and whether the list is
 * shown are remembered in the settings.
 */
final class WorkspaceLayout extends JSplitPane {
    static final String LIST_SETTING = "workspace.articleList";
    static final String LIST_SPLIT = "split.articles";
    static final String WORK_SPLIT = "split.work";
    static final String DETAIL_SPLIT = "split.detail";

    private final Settings settings;
    private final JComponent list;
    private final JSplitPane textAndDetail;
    private final JSplitPane work;
    private boolean placed;

    WorkspaceLayout(Settings settings, JComponent list, JComponent text, JComponent detail, JComponent queue) {
        super(JSplitPane.HORIZONTAL_SPLIT);
        this.settings = settings;
        this.list = list;
        textAndDetail = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, text, detail);
        textAndDetail.setResizeWeight(0.5);
        textAndDetail.setBorder(null);
        work = new JSplitPane(JSplitPane.VERTICAL_SPLIT, textAndDetail, queue);
        work.setResizeWeight(0.45);
        work.setBorder(null);
        setLeftComponent(list);
        setRightComponent(work);
        setResizeWeight(0.0);
        setBorder(null);
        list.setVisible(!"hidden".equals(settings.get(LIST_SETTING).orElse("shown")));
        remember(
                new Divider(this, LIST_SPLIT, 230),
                new Divider(work, WORK_SPLIT, -1),
                new Divider(textAndDetail, DETAIL_SPLIT, -1));
    }

    boolean isListShown() {
        return list.isVisible();
    }

    /** Shows or hides the article list (the text, the tabs and the queue take its width) and remembers it. */
    void setListShown(boolean shown) {
        if (shown == list.isVisible()) {
            return;
        }
        settings.put(LIST_SETTING, shown ? "shown" : "hidden");
        list.setVisible(shown);
        if (shown) {
            setDividerLocation(saved(LIST_SPLIT).orElse(230));
        }
        revalidate();
    }

    /** A split pane whose divider is remembered under a settings key. */
    private record Divider(JSplitPane pane, String key, int fallback) {}

    /**
     * Restores the dividers from the settings once the workspace is shown (outer pane first, each
     * laid out before the next, so a nested pane gets its final size before its divider is set), and
     * saves every move afterwards (not the article list's while it is hidden).
     */
    private void remember(Divider... dividers) {
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing() && !placed) {
                placed = true;
                SwingUtilities.invokeLater(() -> place(List.of(dividers)));
            }
        });
    }

    private void place(List<Divider> dividers) {
        for (Divider d : dividers) {
            Optional<Integer> saved = saved(d.key());
            if (d.pane() == this && !list.isVisible()) {
                // hidden list: nothing to place
            } else if (saved.isPresent()) {
                d.pane().setDividerLocation(saved.get());
            } else if (d.fallback() > 0) {
                d.pane().setDividerLocation(d.fallback());
            } else {
                d.pane().setDividerLocation(d.pane().getResizeWeight());
            }
            d.pane().validate();
        }
        for (Divider d : dividers) {
            d.pane().addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, ev -> {
                if (d.pane() != this || list.isVisible()) {
                    settings.put(d.key(), Integer.toString(d.pane().getDividerLocation()));
                }
            });
        }
    }

    private Optional<Integer> saved(String key) {
        return settings.get(key).flatMap(WorkspaceLayout::parseInt);
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
